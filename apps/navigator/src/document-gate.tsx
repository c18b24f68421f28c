import { useTranslate } from '@wayfinder/react/messages';
import { Notice } from '@wayfinder/ui/notice';
import type { ReactNode } from 'react';
import { downloadText } from './file-actions';
import { appMessages } from './messages';
import type { StoredDocument } from './stored-document';

/** Shows a stored document once it is loaded; a copy that cannot be read is offered for download, never dropped. */
export function DocumentGate<T>({ document, what, children }: { document: StoredDocument<T>; what: string; children: (value: T, set: (next: T | ((previous: T) => T)) => void) => ReactNode }) {
  const t = useTranslate(appMessages);
  if (document.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (document.status === 'unreadable') {
    return (
      <Notice tone="error" title={t('app.unreadable', { what })} issues={document.error.issues}>
        <p className="nav-actions">
          <button type="button" className="wf-button" onClick={() => downloadText(JSON.stringify(document.raw, null, 2), `${what}-saved-copy.json`)}>
            {t('app.unreadable.download')}
          </button>
          <button type="button" className="wf-button" onClick={document.startOver}>
            {t('app.unreadable.startOver')}
          </button>
        </p>
      </Notice>
    );
  }
  return (
    <>
      {document.saveError && <Notice tone="error" live title={t('app.storageError')} />}
      {children(document.value, document.set)}
    </>
  );
}
