import { AlertDialog } from 'radix-ui';
import type { ReactNode } from 'react';
import { useLayoutEffect, useRef } from 'react';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The question, e.g. "Leave this page?". */
  title: string;
  /** What is at stake, in the host's words. */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** `danger` when confirming loses work: the confirm button says so in colour too. */
  tone?: 'default' | 'danger';
}

/**
 * A question that must be answered before going on (leave with unsaved work, replace a document):
 * focus moves into it, stays there until it is answered, and returns where it was. Escape and
 * the cancel button keep things as they were. Every word comes from the props, so hosts translate
 * it with their own catalogue. Rendered inside the provider's root, so it takes the host's theme.
 */
export function ConfirmDialog({ open, onOpenChange, title, children, confirmLabel, cancelLabel, onConfirm, tone = 'default' }: ConfirmDialogProps) {
  // Opened by the host rather than by a trigger of its own, so it notes where focus was to give it back.
  const returnTo = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) returnTo.current = document.activeElement;
  }, [open]);
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Overlay className="wf-dialog__overlay" />
      <AlertDialog.Content
        className="wf-dialog"
        data-tone={tone}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          if (returnTo.current?.isConnected) returnTo.current.focus();
        }}
      >
        <AlertDialog.Title className="wf-dialog__title">{title}</AlertDialog.Title>
        <AlertDialog.Description asChild>
          <div className="wf-dialog__body">{children}</div>
        </AlertDialog.Description>
        <div className="wf-dialog__actions">
          <AlertDialog.Cancel className="wf-button">{cancelLabel}</AlertDialog.Cancel>
          <AlertDialog.Action className={tone === 'danger' ? 'wf-button wf-button--danger' : 'wf-button wf-button--primary'} onClick={onConfirm}>
            {confirmLabel}
          </AlertDialog.Action>
        </div>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
