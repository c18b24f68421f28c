import type { TravelLogEntry } from '@wayfinder/core/navigator';
import { localIsoText } from '@wayfinder/core/messages';
import { useAnnounce } from '@wayfinder/react/announcer';
import { useControllableState } from '@wayfinder/react/controllable-state';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import type { FormEvent } from 'react';
import { useId, useMemo, useRef, useState } from 'react';
import { travelLogMessages } from './messages';
import { withErrorBoundary } from '../error-boundary';
import { LongList } from '../long-list';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';
import { UndoNotice, useUndoableRemoval } from '../undo-notice';

export interface TravelLogProps extends TitleOptions {
  value?: readonly TravelLogEntry[];
  defaultValue?: readonly TravelLogEntry[];
  onChange?: (entries: readonly TravelLogEntry[]) => void;
  /** The strategies an entry can be linked to (usually those the trip ticket chose), by id and name. */
  strategies?: readonly { id: string; name: string }[];
  readOnly?: boolean;
  /** The time a new entry starts from; now by default. */
  now?: () => Date;
  className?: string;
}

/** `YYYY-MM-DDTHH:mm` in local time, as a datetime-local field holds it. */
const toLocalInput = (date: Date) => localIsoText(date).slice(0, 16);

/**
 * The travel log (Navigator tool 6): timestamped entries, newest first, each linked to the
 * strategies it served; a form to add one; every entry can be edited in place or deleted, and a
 * deletion undone.
 */
export const TravelLog = withErrorBoundary(function TravelLog({ readOnly = false, now = () => new Date(), strategies = [], className, headingLevel = 3, hideTitle = false, ...control }: TravelLogProps) {
  const t = useTranslate(travelLogMessages);
  const { locale } = useLocale();
  const announce = useAnnounce();
  const titleId = useId();
  const [entries, setEntries] = useControllableState<readonly TravelLogEntry[]>({ value: control.value, defaultValue: control.defaultValue ?? [], onChange: control.onChange });
  const [editing, setEditing] = useState<string | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const removal = useUndoableRemoval(setEntries, (id) => editButtons.current.get(id)?.focus());
  const format = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  const when = (entry: TravelLogEntry) => format.format(new Date(entry.at));
  const strategyName = (id: string) => strategies.find((strategy) => strategy.id === id)?.name ?? id;
  // By the moment, not the text: times carry their own offsets (+14:00 is earlier than Z on the same clock time).
  const sorted = [...entries].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const stopEditing = (id: string) => {
    setEditing(null);
    requestAnimationFrame(() => editButtons.current.get(id)?.focus());
  };
  return (
    <section className={className ? `wf-log ${className}` : 'wf-log'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId} className="wf-log__title">
        {t('travelLog.title')} <span className="wf-log__count">({t('travelLog.count', { count: entries.length })})</span>
      </Heading>
      {!readOnly && (
        <details className="wf-log__add">
          <summary>{t('travelLog.add')}</summary>
          <EntryForm
            start={toLocalInput(now())}
            strategies={strategies}
            onSave={(entry) => {
              setEntries((previous) => [...previous, entry]);
              announce(t('travelLog.added'));
            }}
          />
        </details>
      )}
      {removal.removed && <UndoNotice key={removal.removed.serial} message={t('travelLog.deleted', { when: when(removal.removed.item) })} undoLabel={t('travelLog.undo')} onUndo={removal.undo} />}
      {sorted.length === 0 ? (
        <p className="wf-log__empty">{t('travelLog.empty')}</p>
      ) : (
        <LongList as="ol" className="wf-log__entries" itemClassName="wf-log__entry" items={sorted} itemKey={(entry) => entry.id}>
          {(entry) =>
            editing === entry.id ? (
              <EntryForm
                entry={entry}
                start={toLocalInput(new Date(entry.at))}
                strategies={strategies}
                onSave={(changed) => {
                  setEntries((previous) => previous.map((candidate) => (candidate.id === changed.id ? changed : candidate)));
                  announce(t('travelLog.changed'));
                  stopEditing(entry.id);
                }}
                onCancel={() => stopEditing(entry.id)}
              />
            ) : (
              <>
                <p className="wf-log__when">
                  <time dateTime={entry.at}>{when(entry)}</time>
                  {entry.minutes !== null && <> · {t('travelLog.minutesValue', { minutes: entry.minutes })}</>}
                  {entry.where && <> · {entry.where}</>}
                </p>
                <p className="wf-log__what">{entry.what}</p>
                <dl className="wf-log__details">
                  {entry.withWhom && (
                    <>
                      <dt>{t('travelLog.withWhom')}</dt>
                      <dd>{entry.withWhom}</dd>
                    </>
                  )}
                  {entry.decisions && (
                    <>
                      <dt>{t('travelLog.decisions')}</dt>
                      <dd>{entry.decisions}</dd>
                    </>
                  )}
                  {entry.strategyIds.length > 0 && (
                    <>
                      <dt>{t('travelLog.strategies')}</dt>
                      <dd>{entry.strategyIds.map(strategyName).join(', ')}</dd>
                    </>
                  )}
                </dl>
                {!readOnly && (
                  <div className="wf-log__actions">
                    <button
                      type="button"
                      className="wf-button"
                      aria-label={t('travelLog.editEntry', { when: when(entry) })}
                      ref={(button) => void (button ? editButtons.current.set(entry.id, button) : editButtons.current.delete(entry.id))}
                      onClick={() => setEditing(entry.id)}
                    >
                      {t('travelLog.edit')}
                    </button>
                    <button type="button" className="wf-button wf-button--danger" aria-label={t('travelLog.deleteEntry', { when: when(entry) })} onClick={() => removal.remove(entries, entry)}>
                      {t('travelLog.delete')}
                    </button>
                  </div>
                )}
              </>
            )
          }
        </LongList>
      )}
    </section>
  );
});

interface EntryFormProps {
  /** The entry being edited; a new one when left out. */
  entry?: TravelLogEntry;
  start: string;
  strategies: readonly { id: string; name: string }[];
  onSave: (entry: TravelLogEntry) => void;
  onCancel?: () => void;
}

function EntryForm({ entry, start, strategies, onSave, onCancel }: EntryFormProps) {
  const t = useTranslate(travelLogMessages);
  const blank = { at: start, what: entry?.what ?? '', withWhom: entry?.withWhom ?? '', where: entry?.where ?? '', minutes: entry?.minutes?.toString() ?? '', decisions: entry?.decisions ?? '' };
  const [draft, setDraft] = useState(blank);
  const [linked, setLinked] = useState<readonly string[]>(entry?.strategyIds ?? []);
  const [problems, setProblems] = useState<('what' | 'when')[]>([]);
  const errorId = useId();
  const legendId = useId();
  const field = (name: keyof typeof blank) => ({
    value: draft[name],
    onChange: (event: { currentTarget: { value: string } }) => setDraft({ ...draft, [name]: event.currentTarget.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = new Date(draft.at);
    const found = [...(draft.what.trim() === '' ? (['what'] as const) : []), ...(Number.isNaN(at.getTime()) ? (['when'] as const) : [])];
    setProblems(found);
    if (found.length > 0) return;
    const minutes = draft.minutes.trim() === '' ? null : Math.max(0, Math.round(Number(draft.minutes)));
    // An unchanged time keeps its stored moment (and offset); the field holds minutes only.
    const moment = entry && draft.at === start ? entry.at : at.toISOString();
    onSave({ id: entry?.id ?? globalThis.crypto.randomUUID(), at: moment, what: draft.what, withWhom: draft.withWhom, where: draft.where, minutes: Number.isFinite(minutes) ? minutes : null, decisions: draft.decisions, strategyIds: [...linked] });
    if (!entry) {
      setDraft({ ...blank, at: draft.at });
      setLinked([]);
    }
  };
  return (
    <form className="wf-log__form" onSubmit={submit} noValidate>
      <label className="wf-log__field">
        {t('travelLog.when')}
        <input type="datetime-local" {...field('at')} autoFocus={entry !== undefined} aria-invalid={problems.includes('when') || undefined} />
      </label>
      <label className="wf-log__field">
        {t('travelLog.what')}
        <textarea rows={2} {...field('what')} aria-invalid={problems.includes('what') || undefined} aria-describedby={problems.length ? errorId : undefined} />
      </label>
      <label className="wf-log__field">
        {t('travelLog.withWhom')}
        <input {...field('withWhom')} />
      </label>
      <label className="wf-log__field">
        {t('travelLog.where')}
        <input {...field('where')} />
      </label>
      <label className="wf-log__field">
        {t('travelLog.minutes')}
        <input type="number" min={0} step={5} {...field('minutes')} />
      </label>
      <label className="wf-log__field">
        {t('travelLog.decisions')}
        <textarea rows={2} {...field('decisions')} />
      </label>
      {strategies.length > 0 && (
        <fieldset className="wf-log__strategies" aria-labelledby={legendId}>
          <legend id={legendId}>{t('travelLog.strategies')}</legend>
          {strategies.map((strategy) => (
            <label key={strategy.id} className="wf-log__check">
              <input
                type="checkbox"
                checked={linked.includes(strategy.id)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  setLinked((current) => (on ? [...current, strategy.id] : current.filter((id) => id !== strategy.id)));
                }}
              />
              {strategy.name}
            </label>
          ))}
        </fieldset>
      )}
      {problems.length > 0 && (
        <ul className="wf-log__errors" id={errorId} role="alert">
          {problems.map((problem) => (
            <li key={problem}>{t(`travelLog.error.${problem}`)}</li>
          ))}
        </ul>
      )}
      <div className="wf-log__actions">
        <button type="submit" className="wf-button wf-button--primary">
          {t(entry ? 'travelLog.saveChanges' : 'travelLog.save')}
        </button>
        {onCancel && (
          <button type="button" className="wf-button" onClick={onCancel}>
            {t('travelLog.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

export { travelLogMessages, travelLogMessagesEs } from './messages';
export type { TravelLogMessageKey } from './messages';
