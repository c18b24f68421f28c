import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { UndoNotice, useUndoableRemoval } from './index';

const meta = {
  title: 'Feedback/Undo notice',
  component: UndoNotice,
  args: { message: 'Removed the factor “Complexity” from “The innovation”.', undoLabel: 'Undo', onUndo: fn() },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'What to show right after something a team entered is removed: what went, and a button that brings it back. Focus moves to the button, so a keyboard user is one Enter from undoing and focus never drops to the page. `useUndoableRemoval` keeps the removed item and its place, and hands back its id once restored so focus can follow it; give each notice `key={removed.serial}` so two removals in a row are two notices. Every word comes from the host.',
      },
    },
  },
} satisfies Meta<typeof UndoNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AfterARemoval: Story = {
  name: 'After a removal',
  play: async ({ canvas, args }) => {
    const undo = canvas.getByRole('button', { name: 'Undo' });
    await expect(undo).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onUndo).toHaveBeenCalledOnce();
  },
};

export const Spanish: Story = { args: { message: 'Se quitó el factor «Complejidad» de «La innovación».', undoLabel: 'Deshacer' }, globals: { locale: 'es' } };

function Chores() {
  const [items, setItems] = useState<readonly { id: string; name: string }[]>([
    { id: 'a', name: 'Book the room' },
    { id: 'b', name: 'Send the agenda' },
    { id: 'c', name: 'Print the trip tickets' },
  ]);
  const removal = useUndoableRemoval(setItems, (id) => document.getElementById(`chore-${id}`)?.focus());
  return (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      {removal.removed && <UndoNotice key={removal.removed.serial} message={`Removed “${removal.removed.item.name}”.`} undoLabel="Undo" onUndo={removal.undo} />}
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <span id={`chore-${item.id}`} tabIndex={-1}>
              {item.name}
            </span>{' '}
            <button type="button" className="wf-button" onClick={() => removal.remove(items, item)}>
              Remove {item.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The hook with a list: the item comes back in its place, and focus with it. */
export const WithAList: Story = {
  name: 'With a list',
  render: () => <Chores />,
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Remove Send the agenda' }));
    await expect(canvas.queryByText('Send the agenda')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(canvas.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Book the room Remove Book the room', 'Send the agenda Remove Send the agenda', 'Print the trip tickets Remove Print the trip tickets']);
    await waitFor(() => expect(canvas.getByText('Send the agenda')).toHaveFocus());
    // Two removals in a row: each has a notice of its own, and focus goes to its Undo.
    await userEvent.click(canvas.getByRole('button', { name: 'Remove Book the room' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Remove Print the trip tickets' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Undo' })).toHaveFocus());
    await expect(canvas.getByRole('button', { name: 'Undo' })).toHaveAccessibleDescription('Removed “Print the trip tickets”.');
  },
};
