import type { Meta, StoryObj } from '@storybook/react-vite';
import { blankMeasure } from '@wayfinder/core/navigator';
import { expect, fn, userEvent, within } from 'storybook/test';
import { MeasureData } from './index';

const months = Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}-01`);
const withData = blankMeasure('spread', {
  measure: 'Share of students in two projects',
  kind: 'outcome',
  scale: 'proportion',
  goal: 80,
  focalGroup: 'Multilingual learners',
  data: [
    ...months.map((period, index) => ({ period, value: 150 + 4 * index, denominator: 300, group: '' })),
    ...months.map((period, index) => ({ period, value: index < 6 ? 12 + (index % 3) : 22 + (index % 3), denominator: 40, group: 'Multilingual learners' })),
  ],
});

const meta = {
  title: 'Navigator/Measure data',
  component: MeasureData,
  args: { defaultValue: withData, onChange: fn(), annotations: [{ at: '2026-07-01', label: 'PDSA 1', kind: 'pdsa' }] },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof MeasureData>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TwoGroups: Story = {
  name: 'Two groups, a cycle and the goal',
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: 'Multilingual learners · P chart' })).toBeInTheDocument();
    await expect(canvas.getByText(/^At Dec 2026: Multilingual learners/)).toBeVisible();
  },
};

export const Empty: Story = {
  args: { defaultValue: blankMeasure('spread', { measure: 'Referrals written' }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/^No values yet\./)).toBeVisible();
  },
};

export const PastedAndRefused: Story = {
  name: 'Pasting values: one refused, then added',
  args: { defaultValue: blankMeasure('spread', { measure: 'Referrals written', scale: 'count' }) },
  play: async ({ canvas, args }) => {
    const box = canvas.getByRole('textbox', { name: 'Paste from a spreadsheet' });
    await userEvent.type(box, 'period,value{enter}2026-01,4{enter}2026-02,many');
    await userEvent.click(canvas.getByRole('button', { name: 'Add these values' }));
    await expect(canvas.getByText('Nothing was added; your values are unchanged')).toBeVisible();
    await expect(args.onChange).not.toHaveBeenCalled();
    await userEvent.clear(box);
    await userEvent.type(box, '2026-01\t4{enter}2026-02\t6{enter}2026-03\t5');
    await userEvent.click(canvas.getByRole('button', { name: 'Add these values' }));
    await expect(canvas.getByRole('group', { name: 'C chart' })).toBeInTheDocument();
    await expect(within(canvas.getByRole('region', { name: 'Values' })).getAllByRole('row')).toHaveLength(4);
  },
};

export const TypingAValue: Story = {
  name: 'A value typed wrong stays, marked, until put right',
  play: async ({ canvas, args }) => {
    const cell = canvas.getByRole('spinbutton', { name: 'Value 1' });
    await userEvent.clear(cell);
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText('A number, please')).toBeVisible();
    await userEvent.type(cell, '151');
    await expect(cell).not.toHaveAttribute('aria-invalid');
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ data: expect.arrayContaining([expect.objectContaining({ period: '2026-01-01', value: 151, group: '' })]) }));
  },
};

export const ReadOnly: Story = { args: { readOnly: true } };
