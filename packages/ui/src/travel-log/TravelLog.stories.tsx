import type { Meta, StoryObj } from '@storybook/react-vite';
import type { TravelLogEntry } from '@wayfinder/core/navigator';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TravelLog } from './index';

const entries: TravelLogEntry[] = [
  { id: 'e1', at: '2026-03-02T15:00:00.000Z', what: 'Wrote the first trip ticket.', withWhom: 'Design team (9 people)', where: 'Central office', minutes: 120, decisions: 'Destination: 80% of 29,284 students in two projects a year.', strategyIds: [] },
  { id: 'e2', at: '2026-04-10T13:30:00.000Z', what: 'Visited two proof-point schools with principals from Title I schools.', withWhom: 'Six principals', where: 'Lincoln and Jefferson elementary', minutes: 240, decisions: '', strategyIds: ['proof-point'] },
];

const meta = {
  title: 'Navigator/Travel log',
  component: TravelLog,
  args: { onChange: fn(), now: () => new Date('2026-05-01T09:00:00') },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TravelLog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByText('Log an entry'));
    await userEvent.click(canvas.getByRole('button', { name: 'Add to the log' }));
    await expect(canvas.getByText('Say what the team did.').closest('[role=alert]')).not.toBeNull();
    await userEvent.type(canvas.getByRole('textbox', { name: 'What we did' }), 'Board presentation on the pilots');
    await userEvent.click(canvas.getByRole('button', { name: 'Add to the log' }));
    await expect(args.onChange).toHaveBeenCalledWith([expect.objectContaining({ what: 'Board presentation on the pilots' })]);
    await expect(within(canvas.getByRole('list')).getByText('Board presentation on the pilots')).toBeVisible();
  },
};

const strategies = [
  { id: 'proof-point', name: 'Use a proof point' },
  { id: 'local-champions', name: 'Develop local champions' },
];

export const WithEntries: Story = { args: { defaultValue: entries, strategies } };

/** An entry corrected in place, linked to a strategy, then deleted and brought back; focus never drops to the page. */
export const EditDeleteUndo: Story = {
  name: 'Edit, delete and undo',
  args: { defaultValue: entries, strategies },
  play: async ({ canvas, args }) => {
    const edit = canvas.getByRole('button', { name: /^Edit the entry of Mar 2, 2026/ });
    await userEvent.click(edit);
    const form = within(canvas.getByRole('list'));
    const what = form.getByRole('textbox', { name: 'What we did' });
    await userEvent.clear(what);
    await userEvent.type(what, 'Wrote the first trip ticket and chose two strategies.');
    await userEvent.click(form.getByRole('checkbox', { name: 'Develop local champions' }));
    await userEvent.click(form.getByRole('button', { name: 'Save changes' }));
    await expect(args.onChange).toHaveBeenLastCalledWith([
      { ...entries[0], what: 'Wrote the first trip ticket and chose two strategies.', strategyIds: ['local-champions'] },
      entries[1],
    ]);
    await waitFor(() => expect(canvas.getByRole('button', { name: /^Edit the entry of Mar 2, 2026/ })).toHaveFocus());
    await expect(within(canvas.getByRole('list')).getByText('Develop local champions')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /^Delete the entry of Apr 10, 2026/ }));
    await expect(args.onChange).toHaveBeenLastCalledWith([expect.objectContaining({ id: 'e1' })]);
    const undo = canvas.getByRole('button', { name: 'Undo' });
    await expect(undo).toHaveFocus();
    await expect(undo.closest('[role=status]')).toHaveTextContent(/^Deleted the entry of Apr 10, 2026/);
    await userEvent.keyboard('{Enter}');
    await expect(args.onChange).toHaveBeenLastCalledWith([expect.objectContaining({ id: 'e1' }), entries[1]]);
    await waitFor(() => expect(canvas.getByRole('button', { name: /^Edit the entry of Apr 10, 2026/ })).toHaveFocus());
  },
};
export const ReadOnly: Story = { args: { defaultValue: entries, readOnly: true } };
export const UnusualText: Story = {
  name: 'Long, emoji, right-to-left and markup-looking entries',
  args: { defaultValue: [{ ...entries[0]!, what: `<b>not bold</b> 🚌 سجل الرحلة ${'A long day of visits. '.repeat(300)}` }] },
};
