import { useId } from 'react';

/** Saves text as a file through the browser's download. */
export function downloadText(text: string, filename: string, type = 'application/json') {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}

/** A button that opens a file and hands over its text; the input itself is the focusable control. */
export function OpenFileButton({ label, accept, onText }: { label: string; accept: string; onText: (text: string, name: string) => void }) {
  const id = useId();
  return (
    <span className="nav-file">
      <input
        id={id}
        type="file"
        accept={accept}
        className="nav-file__input"
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onText(await file.text(), file.name);
        }}
      />
      <label htmlFor={id} className="wf-button">
        {label}
      </label>
    </span>
  );
}
