import type { TravelLogEntry } from '@wayfinder/core/navigator';
import { useAnnounce } from '@wayfinder/react/announcer';
import { useControllableState } from '@wayfinder/react/controllable-state';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import type { FormEvent } from 'react';
import { useId, useMemo, useState } from 'react';
import { travelLogMessages } from './messages';
import { withErrorBoundary } from '../error-boundary';
import { LongList } from '../long-list';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';

export interface TravelLogProps extends TitleOptions {
  value?: readonly TravelLogEntry[];
  defaultValue?: readonly TravelLogEntry[];
  onChange?: (entries: readonly TravelLogEntry[]) => void;
  readOnly?: boolean;
  /** The time a new entry starts from; now by default. */
  now?: () => Date;
  className?: string;
}

/** `YYYY-MM-DDTHH:mm` in local time, as a datetime-local field holds it. */
const toLocalInput = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** The travel log (Navigator tool 6): timestamped entries, newest first, and a form to add one. */
export const TravelLog = withErrorBoundary(function TravelLog({ readOnly = false, now = () => new Date(), className, headingLevel = 3, hideTitle = false, ...control }: TravelLogProps) {
  const t = useTranslate(travelLogMessages);
  const { locale } = useLocale();
  const announce = useAnnounce();
  const titleId = useId();
  const [entries, setEntries] = useControllableState<readonly TravelLogEntry[]>({ value: control.value, defaultValue: control.defaultValue ?? [], onChange: control.onChange });
  const format = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  // By the moment, not the text: times carry their own offsets (+14:00 is earlier than Z on the same clock time).
  const sorted = [...entries].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <section className={className ? `wf-log ${className}` : 'wf-log'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId} className="wf-log__title">
        {t('travelLog.title')} <span className="wf-log__count">({t('travelLog.count', { count: entries.length })})</span>
      </Heading>
      {!readOnly && (
        <EntryForm
          start={toLocalInput(now())}
          onAdd={(entry) => {
            setEntries((previous) => [...previous, entry]);
            announce(t('travelLog.added'));
          }}
        />
      )}
      {sorted.length === 0 ? (
        <p className="wf-log__empty">{t('travelLog.empty')}</p>
      ) : (
        <LongList as="ol" className="wf-log__entries" itemClassName="wf-log__entry" items={sorted} itemKey={(entry) => entry.id}>
          {(entry) => (
            <>
              <p className="wf-log__when">
                <time dateTime={entry.at}>{format.format(new Date(entry.at))}</time>
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
              </dl>
            </>
          )}
        </LongList>
      )}
    </section>
  );
});

function EntryForm({ start, onAdd }: { start: string; onAdd: (entry: TravelLogEntry) => void }) {
  const t = useTranslate(travelLogMessages);
  const blank = { at: start, what: '', withWhom: '', where: '', minutes: '', decisions: '' };
  const [draft, setDraft] = useState(blank);
  const [problems, setProblems] = useState<('what' | 'when')[]>([]);
  const errorId = useId();
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
    onAdd({ id: globalThis.crypto.randomUUID(), at: at.toISOString(), what: draft.what, withWhom: draft.withWhom, where: draft.where, minutes: Number.isFinite(minutes) ? minutes : null, decisions: draft.decisions });
    setDraft({ ...blank, at: draft.at });
  };
  return (
    <details className="wf-log__add">
      <summary>{t('travelLog.add')}</summary>
      <form className="wf-log__form" onSubmit={submit} noValidate>
        <label className="wf-log__field">
          {t('travelLog.when')}
          <input type="datetime-local" {...field('at')} aria-invalid={problems.includes('when') || undefined} />
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
        {problems.length > 0 && (
          <ul className="wf-log__errors" id={errorId} role="alert">
            {problems.map((problem) => (
              <li key={problem}>{t(`travelLog.error.${problem}`)}</li>
            ))}
          </ul>
        )}
        <button type="submit">{t('travelLog.save')}</button>
      </form>
    </details>
  );
}

export { travelLogMessages, travelLogMessagesEs } from './messages';
export type { TravelLogMessageKey } from './messages';
