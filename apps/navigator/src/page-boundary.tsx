import { storedTextOf } from '@wayfinder/core/storage';
import { useTranslate } from '@wayfinder/react/messages';
import { useStorage } from '@wayfinder/react/stored-state';
import { ErrorBoundary } from '@wayfinder/ui/error-boundary';
import { downloadText } from '@wayfinder/ui/file-button';
import { Notice } from '@wayfinder/ui/notice';
import type { ReactNode } from 'react';
import { appMessages } from './messages';
import { hrefOf } from './use-hash-route';

export interface PageBoundaryProps {
  /** The storage keys of the documents this page shows, offered for download if it fails. */
  documents: readonly string[];
  /** Changes (a new route) try the page again. */
  resetKeys: readonly unknown[];
  children: ReactNode;
}

/** A page that fails to render shows why, offers its documents as stored, and a way back; the app around it goes on. */
export function PageBoundary({ documents, resetKeys, children }: PageBoundaryProps) {
  return (
    <ErrorBoundary resetKeys={resetKeys} fallback={({ error, reset }) => <PageFailure error={error} reset={reset} documents={documents} />}>
      {children}
    </ErrorBoundary>
  );
}

function PageFailure({ error, reset, documents }: { error: Error; reset: () => void; documents: readonly string[] }) {
  const t = useTranslate(appMessages);
  const storage = useStorage();
  const download = async (key: string) => {
    if (!storage) return;
    let value: unknown;
    let failure: unknown = null;
    try {
      value = await storage.get(key);
    } catch (error) {
      failure = error;
    }
    const text = await storedTextOf(storage, key, failure, value);
    if (text !== null) downloadText(text, `${key}-saved-copy.json`);
  };
  const actions = (
    <>
      {documents.map((key) => (
        <button key={key} type="button" className="wf-button" onClick={() => download(key)}>
          {t('app.pageFailed.download', { what: key })}
        </button>
      ))}
      <button type="button" className="wf-button" onClick={reset}>
        {t('app.unreadable.retry')}
      </button>
      <a className="wf-button" href={hrefOf('home')}>
        {t('app.pageFailed.home')}
      </a>
    </>
  );
  return (
    <Notice tone="error" live title={t('app.pageFailed')} actions={actions}>
      <p>{t('app.unreadable.reason', { reason: error.message })}</p>
      <p>{t('app.pageFailed.kept')}</p>
    </Notice>
  );
}
