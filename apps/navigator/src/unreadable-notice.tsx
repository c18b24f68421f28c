import { isWayfinderError } from '@wayfinder/core/errors';
import { useTranslate } from '@wayfinder/react/messages';
import { downloadText } from '@wayfinder/ui/file-button';
import { Notice } from '@wayfinder/ui/notice';
import { useEffect, useRef, useState } from 'react';
import { appMessages } from './messages';

export type DocumentKind = 'journey' | 'analysis' | 'coding' | 'matrix' | 'settings';

export interface UnreadableNoticeProps {
  what: DocumentKind;
  error: Error;
  /** What the store holds, as text; null when the store could not be read at all (nothing to download). */
  rawText: string | null;
  retry: () => void;
  startOver: () => void;
}

/**
 * What a stored document that cannot be read shows instead of itself: why, and the three ways on —
 * download the stored copy as it is, read it again, or (after a second click that says what it
 * costs) start over. Nothing is written before that last choice.
 */
export function UnreadableNotice({ what, error, rawText, retry, startOver }: UnreadableNoticeProps) {
  const t = useTranslate(appMessages);
  const [confirming, setConfirming] = useState(false);
  // The buttons change when the user asks to start over, or thinks better of it: focus goes to the first new one.
  const firstAction = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) firstAction.current?.focus();
  }, [confirming]);
  const confirm = (next: boolean) => {
    moved.current = true;
    setConfirming(next);
  };
  // The kit's errors say why in the reader's language (the notice translates them); others as they come.
  const known = isWayfinderError(error) ? error : undefined;
  const actions = confirming ? (
    <>
      <button ref={firstAction} type="button" className="wf-button" onClick={startOver}>
        {t('app.unreadable.replace')}
      </button>
      <button type="button" className="wf-button" onClick={() => confirm(false)}>
        {t('app.unreadable.cancel')}
      </button>
    </>
  ) : (
    <>
      {rawText !== null && (
        <button ref={firstAction} type="button" className="wf-button" onClick={() => downloadText(rawText, `${what}-saved-copy.json`)}>
          {t('app.unreadable.download')}
        </button>
      )}
      <button ref={rawText === null ? firstAction : undefined} type="button" className="wf-button" onClick={retry}>
        {t('app.unreadable.retry')}
      </button>
      <button type="button" className="wf-button" onClick={() => confirm(true)}>
        {t('app.unreadable.startOver')}
      </button>
    </>
  );
  return (
    <Notice tone="error" title={t('app.unreadable', { what })} error={known} actions={actions}>
      {!known && <p>{t('app.unreadable.reason', { reason: error.message })}</p>}
      <p>{confirming ? t('app.unreadable.confirm') : t('app.unreadable.keep')}</p>
      {what === 'settings' && <p>{t('app.unreadable.settings')}</p>}
    </Notice>
  );
}
