import type { Result, WayfinderError } from '@wayfinder/core/errors';
import { isWayfinderError } from '@wayfinder/core/errors';
import { useAnnounce } from '@wayfinder/react/announcer';
import { useTranslate } from '@wayfinder/react/messages';
import { downloadText, FileButton } from '@wayfinder/ui/file-button';
import { Notice } from '@wayfinder/ui/notice';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { appMessages } from './messages';

export interface DocumentFileProps<T> {
  /** The document as file text, made when the download is asked for. */
  write: () => string;
  filename: string;
  read: (text: string) => Result<T>;
  /** A file that was read without problems; one with problems leaves the work as it was. */
  onOpen: (value: T) => void;
  /** More actions in the same row (other formats). */
  children?: ReactNode;
}

/** Download the document as a file, or open one: every problem of a bad file is listed, nothing is replaced. */
export function DocumentFile<T>({ write, filename, read, onOpen, children }: DocumentFileProps<T>) {
  const t = useTranslate(appMessages);
  const announce = useAnnounce();
  const [error, setError] = useState<WayfinderError | null>(null);
  const [exportError, setExportError] = useState<WayfinderError | null>(null);
  // Writing checks the document as reading would; one that would not read back is not downloaded, and says why.
  const download = () => {
    try {
      downloadText(write(), filename);
      setExportError(null);
    } catch (failure) {
      if (!isWayfinderError(failure)) throw failure;
      setExportError(failure);
    }
  };
  return (
    <>
      <p className="nav-actions">
        <button type="button" className="wf-button" onClick={download}>
          {t('app.export')}
        </button>
        <FileButton
          label={t('app.import')}
          accept=".json,application/json"
          onText={(text, name) => {
            const result = read(text);
            if (!result.ok) return setError(result.error);
            setError(null);
            onOpen(result.value);
            announce(t('app.imported', { name }));
          }}
        />
        {children}
      </p>
      {exportError && (
        <Notice tone="error" live title={t('app.exportError')} error={exportError} />
      )}
      {error && (
        <Notice tone="error" live title={t('app.importError')} error={error} />
      )}
    </>
  );
}
