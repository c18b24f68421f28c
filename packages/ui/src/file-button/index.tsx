import type { InputHTMLAttributes, ReactNode } from 'react';
import { useId } from 'react';

export interface FileButtonProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'onError' | 'children'> {
  /** The button's text, which also names the file input. */
  label: ReactNode;
  /** The chosen file's text and name. */
  onText: (text: string, name: string) => void;
  /** The file could not be read (moved or unreadable since it was chosen). */
  onError?: (error: unknown) => void;
}

/**
 * A button that opens a file and hands over its text. The file input itself is the control,
 * transparent over the button, so keyboard, screen readers and dropping a file on it all work as
 * the browser's own; choosing the same file again reads it again.
 */
export function FileButton({ label, onText, onError, className, id, ...input }: FileButtonProps) {
  const ownId = useId();
  const inputId = id ?? ownId;
  return (
    <span className={className ? `wf-file-button ${className}` : 'wf-file-button'}>
      <input
        {...input}
        id={inputId}
        type="file"
        className="wf-file-button__input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) file.text().then((text) => onText(text, file.name), (error: unknown) => onError?.(error));
        }}
      />
      <label htmlFor={inputId} className="wf-button">
        {label}
      </label>
    </span>
  );
}

/** Saves text as a file through the browser's download, named `filename`. */
export function downloadText(text: string, filename: string, type = 'application/json') {
  downloadBlob(new Blob([text], { type }), filename);
}

/** Saves any file content (an image, say) through the browser's download, named `filename`. */
export function downloadBlob(blob: Blob, filename: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}
