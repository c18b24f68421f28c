import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ConfirmDialog } from './index';

const meta = {
  title: 'Feedback/Confirm dialog',
  component: ConfirmDialog,
  args: {
    open: true,
    onOpenChange: fn(),
    onConfirm: fn(),
    title: 'Leave this page?',
    confirmLabel: 'Leave',
    cancelLabel: 'Stay',
    children: 'The trip ticket has answers not saved as a version. They stay on this device as a draft.',
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'A question that must be answered before going on: leaving with unsaved work, replacing a document. Focus moves into it and stays there until it is answered; Escape and the cancel button keep things as they were. Every word comes from the host. Use `tone="danger"` when confirming loses work.',
      },
      story: { inline: false, iframeHeight: 360 },
    },
  },
} satisfies Meta<typeof ConfirmDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const LeaveWithUnsavedWork: Story = {
  name: 'Leave with unsaved work',
  play: async ({ canvasElement, args }) => {
    const dialog = within(canvasElement.ownerDocument.body).getByRole('alertdialog', { name: 'Leave this page?' });
    await waitFor(() => expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement));
    await userEvent.keyboard('{Escape}');
    await expect(args.onOpenChange).toHaveBeenCalledWith(false);
    await expect(args.onConfirm).not.toHaveBeenCalled();
  },
};

export const LosesWork: Story = {
  name: 'Confirming loses work',
  args: { tone: 'danger', title: 'Start over?', confirmLabel: 'Start over', cancelLabel: 'Keep my work', children: 'Starting over replaces the saved copy with a new, empty one.' },
};

export const Spanish: Story = { args: { title: '¿Salir de esta página?', confirmLabel: 'Salir', cancelLabel: 'Quedarme', children: 'El boleto de viaje tiene respuestas que no se han guardado como versión.' }, globals: { locale: 'es' } };

function AskBeforeLeaving() {
  const [open, setOpen] = useState(false);
  const [left, setLeft] = useState(false);
  return (
    <>
      <button type="button" className="wf-button" onClick={() => setOpen(true)}>
        Go to the pit stops
      </button>
      {left && <p role="status">Left the page.</p>}
      <ConfirmDialog open={open} onOpenChange={setOpen} title="Leave this page?" confirmLabel="Leave" cancelLabel="Stay" onConfirm={() => setLeft(true)}>
        Your answers are kept as a draft.
      </ConfirmDialog>
    </>
  );
}

/** Asked from a button: Stay puts focus back where it was. */
export const FocusReturns: Story = {
  name: 'Focus returns on Stay',
  render: () => <AskBeforeLeaving />,
  play: async ({ canvas, canvasElement }) => {
    const trigger = canvas.getByRole('button', { name: 'Go to the pit stops' });
    await userEvent.click(trigger);
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('alertdialog', { name: 'Leave this page?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(canvas.queryByText('Left the page.')).toBeNull();
  },
};
