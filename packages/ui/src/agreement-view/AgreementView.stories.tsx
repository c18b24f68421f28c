import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { studyCoding, twoCoderCoding, twoCoderCodingEs } from '../story-data-logics';
import { AgreementView } from './index';

const meta = {
  title: 'Logics/Agreement between coders',
  component: AgreementView,
  args: { coding: twoCoderCoding, onCodersChange: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof AgreementView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Ben reads three of Ana's passages differently (see the story data): 3 of 84 code scores differ. */
export const TwoCoders: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/^Overall: 96\.4% agreement, Cohen’s κ [\d.]+ \(almost perfect\), over 84 code scores of 14 respondents both coded\./)).toBeVisible();
    const standardization = canvas.getByRole('rowheader', { name: 'Standardization' }).closest('tr')!;
    await expect(within(standardization).getByText('85.7%')).toBeVisible();
    await expect(within(standardization).getByText('(below target)')).toBeVisible();
    await expect(canvas.getByRole('heading', { name: '3 respondents move on the grid depending on who coded' })).toBeVisible();
    await expect(canvas.getByText(/^T1: Ana at \(0, \+3\), Ben at \(\+1, \+3\)/).textContent).toMatch(/another quadrant$/);
    await expect(canvas.getByText(/^C3: Ana at \(\+1, -1\), Ben at \(\+1, -2\)/).textContent).toMatch(/another cell, same quadrant$/);
    await userEvent.click(canvas.getByText('Scores side by side'));
    await expect(canvas.getByRole('table', { name: 'Standardization: Ana down, Ben across' })).toBeVisible();
  },
};

export const Swapped: Story = {
  name: 'Coders chosen',
  args: { defaultCoders: ['Ben', 'Ana'] },
  play: async ({ canvas, args }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Second coder' }), 'Ben');
    await expect(args.onCodersChange).toHaveBeenLastCalledWith(['Ben', 'Ben']);
    await expect(canvas.getByText('Choose two different coders.')).toBeVisible();
  },
};

export const OneCoder: Story = {
  name: 'Only one coder so far',
  args: { coding: studyCoding },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Agreement needs two coders; only Ana has coded.')).toBeVisible();
  },
};

export const NoOverlap: Story = {
  name: 'Two coders, no respondent in common',
  args: { coding: { ...studyCoding, segments: studyCoding.segments.map((segment) => (segment.respondent.startsWith('T') ? { ...segment, coder: 'Ben' } : segment)) } },
};

export const StricterTarget: Story = { args: { target: 0.95 } };
export const Spanish: Story = { args: { coding: twoCoderCodingEs }, globals: { locale: 'es' } };

/** The second coder arrives after the view first showed: the pickers compare two different coders. */
export const SecondCoderArrives: Story = {
  name: 'A second coder arrives',
  args: { coding: studyCoding },
  render: function Render(args) {
    const [coding, setCoding] = useState(args.coding);
    return (
      <>
        <button type="button" onClick={() => setCoding(twoCoderCoding)}>
          Ben codes too
        </button>
        <AgreementView {...args} coding={coding} />
      </>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Ben codes too' }));
    await expect(canvas.getByRole('combobox', { name: 'First coder' })).toHaveValue('Ana');
    await expect(canvas.getByRole('combobox', { name: 'Second coder' })).toHaveValue('Ben');
  },
};
