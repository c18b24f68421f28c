import type { Meta, StoryObj } from '@storybook/react-vite';
import type { PitStop } from '@wayfinder/core/navigator';
import { expect, fn, userEvent } from 'storybook/test';
import { PitStopChecklist } from './index';

const blank: PitStop = {
  id: 'stop-1',
  date: '2026-06-15',
  kind: 'planned',
  occasion: '',
  checklist: {
    stillHeaded: { notes: '', done: false },
    broken: { notes: '', done: false },
    fuel: { notes: '', done: false },
    driving: { notes: '', done: false },
  },
  tripTicketVersionId: null,
  plannedStopId: null,
};

const filled: PitStop = {
  ...blank,
  kind: 'unplanned',
  occasion: 'A new superintendent starts in August.',
  checklist: {
    stillHeaded: { notes: 'Yes, but spread in Title I schools lags: 41% against 63% elsewhere.', done: true },
    broken: { notes: 'Project library links broke in the LMS move; the tech team fixes them by May.', done: true },
    fuel: { notes: 'Coaching funds end in June; ask the board for base funding.', done: false },
    driving: { notes: 'Teacher network drives; families have not been at the table since March.', done: false },
  },
};

const meta = {
  title: 'Navigator/Pit-stop checklist',
  component: PitStopChecklist,
  args: { defaultValue: blank, onChange: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof PitStopChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Blank: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'Unplanned' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'What made this stop necessary?' }), 'A hurricane closed six schools');
    const question = canvas.getByRole('group', { name: 'Is our fuel (money, people) running low?' });
    await userEvent.click(question.querySelector('input[type=checkbox]')!);
    await expect(canvas.getByText('1 of 4 questions talked through')).toHaveAttribute('role', 'status');
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'unplanned', occasion: 'A hurricane closed six schools' }));
  },
};

export const Filled: Story = { args: { defaultValue: filled } };
export const ReadOnly: Story = { args: { defaultValue: filled, readOnly: true } };
