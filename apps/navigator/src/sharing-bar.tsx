import { isWayfinderError } from '@wayfinder/core/errors';
import { useTranslate } from '@wayfinder/react/messages';
import { Notice } from '@wayfinder/ui/notice';
import { Presence } from '@wayfinder/ui/presence';
import { useEffect, useState } from 'react';
import { appMessages } from './messages';
import type { SharedPart, SharingStatus } from './sharing';
import { useTeamSharing } from './sharing';

function statusKey(status: SharingStatus) {
  if (status.connection === 'local') return 'sharing.status.local';
  if (status.authRefused) return 'sharing.status.notAllowed';
  // Never reached yet: the team's work cannot open, and the address may be wrong.
  if (!status.synced) return status.connection === 'disconnected' ? 'sharing.status.notYet' : 'sharing.status.connecting';
  if (status.connection === 'connected') return status.unsent ? 'sharing.status.sending' : 'sharing.status.connected';
  return 'sharing.status.disconnected';
}

/** Places a person can be in, as message keys: the journey's sections, the coding and the matrix. */
const PLACES = new Set<string>(['journey.section.trip-ticket', 'journey.section.pit-stops', 'journey.section.factors', 'journey.section.measures', 'journey.section.change-map', 'journey.section.travel-log', 'journey.section.drivers', 'journey.section.file', 'logics.coding', 'logics.matrix'] satisfies Array<keyof typeof appMessages>);

/** Between a place's section and the name of the field in it. */
const FIELD_MARK = '|';

/** The name of the form field this person is in, within the page's content: the others see it as its label. */
function useFocusedField(active: boolean, place: string): string | null {
  const [field, setField] = useState<string | null>(null);
  // A field of the place left behind is not where this person is any more.
  useEffect(() => setField(null), [place]);
  useEffect(() => {
    if (!active) return;
    const focused = (event: FocusEvent) => {
      const target = event.target;
      const named = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement ? target.name : '';
      setField(named && target instanceof Element && target.closest('#main') ? named : null);
    };
    document.addEventListener('focusin', focused);
    return () => document.removeEventListener('focusin', focused);
  }, [active]);
  return field;
}

/**
 * A field's label as this page shows it (in this reader's language), found by the field's name;
 * '' when it is not on this page. The name comes from another client: it is only ever looked up.
 */
function labelOf(name: string): string {
  const field = document.querySelector(`#main [name="${CSS.escape(name)}"]`);
  const label = field && 'labels' in field ? (field as HTMLInputElement).labels?.[0] : undefined;
  // The label's own words: a field inside it may hold text of its own.
  return label ? [...label.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim() : '';
}

/**
 * Where shared work stands (sent, sending, offline and kept here), who else is here and where, and
 * undo and redo of this person's own edits; nothing while the work is this browser's own. The
 * state line is not live: a connection coming and going is not read out. A refusal is.
 */
export function SharingBar({ place, document }: { place: keyof typeof appMessages; document: SharedPart }) {
  const t = useTranslate(appMessages);
  const shared = useTeamSharing();
  const field = useFocusedField(shared !== null, place);
  if (!shared) return null;
  const { status } = shared;
  const history = shared.history[document];
  const describePlace = (key: string) => {
    const [section = '', name] = key.split(FIELD_MARK);
    if (!PLACES.has(section)) return undefined;
    const label = name ? labelOf(name) : '';
    return label ? `${t(section as keyof typeof appMessages)} · ${label}` : t(section as keyof typeof appMessages);
  };
  return (
    <div className="nav-sharing">
      <div className="nav-sharing__line">
        <p className="nav-help" data-connection={status.connection}>
          {t(statusKey(status))}
        </p>
        <p className="nav-actions">
          <button type="button" className="wf-button" onClick={history.undo} aria-disabled={!history.canUndo || undefined}>
            {t('sharing.undo')}
          </button>
          <button type="button" className="wf-button" onClick={history.redo} aria-disabled={!history.canRedo || undefined}>
            {t('sharing.redo')}
          </button>
        </p>
      </div>
      <Presence awareness={shared.awareness} user={shared.user} place={field ? `${place}${FIELD_MARK}${field}` : place} describePlace={describePlace} />
      {status.authRefused && (
        <Notice tone="error" live title={t('sharing.status.authRefused')}>
          <p>{t('sharing.status.authRefused.help')}</p>
        </Notice>
      )}
      {status.tooLarge && (
        <Notice tone="error" live title={t('sharing.status.tooLarge')}>
          <p>{t('sharing.status.tooLarge.help', { undo: t('sharing.undo') })}</p>
        </Notice>
      )}
      {status.refusal && (
        <Notice tone="warning" live title={t('sharing.status.refused')} issues={isWayfinderError(status.refusal) ? status.refusal.issues : []}>
          <p>{t('sharing.status.refused.help')}</p>
        </Notice>
      )}
    </div>
  );
}
