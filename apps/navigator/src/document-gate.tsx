import { isWayfinderError } from '@wayfinder/core/errors';
import { useTranslate } from '@wayfinder/react/messages';
import { Notice } from '@wayfinder/ui/notice';
import type { ReactNode } from 'react';
import { appMessages } from './messages';
import type { StoredDocument } from './stored-document';
import type { DocumentKind } from './unreadable-notice';
import { UnreadableNotice } from './unreadable-notice';

/** Shows a stored document once it is loaded; a copy that cannot be read is offered for download, never dropped. */
export function DocumentGate<T>({ document, what, children }: { document: StoredDocument<T>; what: DocumentKind; children: (value: T, set: (next: T | ((previous: T) => T)) => void) => ReactNode }) {
  const t = useTranslate(appMessages);
  if (document.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (document.status === 'unreadable') return <UnreadableNotice what={what} error={document.error} rawText={document.rawText} retry={document.retry} startOver={document.startOver} />;
  return (
    <>
      {document.saveError &&
        (isWayfinderError(document.saveError) && document.saveError.issues.length > 0 ? (
          <Notice tone="error" live title={t('app.changeRefused')} issues={document.saveError.issues} />
        ) : (
          <Notice tone="error" live title={t('app.storageError')} />
        ))}
      {document.recovered && <Notice tone="info" live title={t('app.recovered')} />}
      {children(document.value, document.set)}
    </>
  );
}
