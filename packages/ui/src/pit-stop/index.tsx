import type { PitStop } from '@wayfinder/core/navigator';
import { useControllableState } from '@wayfinder/react/controllable-state';
import { dayFormatter } from '@wayfinder/core/messages';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { useId } from 'react';
import { pitStopMessages } from './messages';
import { withErrorBoundary } from '../error-boundary';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';

export interface PitStopChecklistProps extends TitleOptions {
  value?: PitStop;
  defaultValue?: PitStop;
  onChange?: (stop: PitStop) => void;
  /** Offers "Delete this pit stop"; the list that holds the stop removes it (and can offer an undo). */
  onRemove?: () => void;
  readOnly?: boolean;
  className?: string;
}

const QUESTIONS = ['stillHeaded', 'broken', 'fuel', 'driving'] as const;

/** The pit-stop checklist (Navigator tool 2): planned or unplanned, why, and the four questions with notes. */
export const PitStopChecklist = withErrorBoundary(function PitStopChecklist({ onRemove, readOnly = false, className, headingLevel = 3, hideTitle = false, ...control }: PitStopChecklistProps) {
  const t = useTranslate(pitStopMessages);
  const { locale } = useLocale();
  const titleId = useId();
  const hintId = useId();
  if (!control.value && !control.defaultValue) throw new TypeError('PitStopChecklist needs a `value` or a `defaultValue`.');
  const [stop, setStop] = useControllableState<PitStop>({ value: control.value, defaultValue: control.defaultValue!, onChange: control.onChange });
  const done = QUESTIONS.filter((question) => stop.checklist[question].done).length;
  const setQuestion = (question: (typeof QUESTIONS)[number], patch: Partial<PitStop['checklist'][typeof question]>) =>
    setStop((previous) => ({ ...previous, checklist: { ...previous.checklist, [question]: { ...previous.checklist[question], ...patch } } }));
  return (
    <section className={className ? `wf-stop ${className}` : 'wf-stop'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId} className="wf-stop__title">
        {t('pitStop.title', { date: dayFormatter(locale)(stop.date) })}
      </Heading>
      <label className="wf-stop__field wf-stop__date">
        {t('pitStop.date')}
        <input
          type="date"
          value={stop.date}
          readOnly={readOnly}
          required
          onChange={(event) => {
            // A date field being cleared keeps the day it had: a pit stop always has one.
            const date = event.currentTarget.value;
            if (date) setStop((previous) => ({ ...previous, date }));
          }}
        />
      </label>
      <fieldset className="wf-stop__kind">
        <legend>{t('pitStop.kind')}</legend>
        {(['planned', 'unplanned'] as const).map((kind) => (
          <label key={kind}>
            <input type="radio" name={`${titleId}-kind`} checked={stop.kind === kind} disabled={readOnly} onChange={() => setStop((previous) => ({ ...previous, kind }))} />
            {t(`pitStop.${kind}`)}
          </label>
        ))}
      </fieldset>
      {stop.kind === 'unplanned' && (
        <div className="wf-stop__field">
          <label className="wf-stop__field">
            {t('pitStop.occasion')}
            <input value={stop.occasion} readOnly={readOnly} aria-describedby={hintId} onChange={(event) => setStop({ ...stop, occasion: event.currentTarget.value })} />
          </label>
          <span className="wf-stop__hint" id={hintId}>
            {t('pitStop.occasion.hint')}
          </span>
        </div>
      )}
      <p className="wf-stop__progress" role="status">
        {t('pitStop.progress', { done })}
      </p>
      <ol className="wf-stop__questions">
        {QUESTIONS.map((question) => (
          <li key={question} className="wf-stop__question" data-done={stop.checklist[question].done || undefined}>
            <fieldset>
              <legend>{t(`pitStop.question.${question}`)}</legend>
              <label className="wf-stop__field">
                {t('pitStop.notes')}
                <textarea rows={3} value={stop.checklist[question].notes} readOnly={readOnly} onChange={(event) => setQuestion(question, { notes: event.currentTarget.value })} />
              </label>
              <label className="wf-stop__done">
                <input type="checkbox" checked={stop.checklist[question].done} disabled={readOnly} onChange={(event) => setQuestion(question, { done: event.currentTarget.checked })} />
                {t('pitStop.done')}
              </label>
            </fieldset>
          </li>
        ))}
      </ol>
      {onRemove && !readOnly && (
        <button type="button" className="wf-button wf-button--danger" onClick={onRemove}>
          {t('pitStop.remove')}
        </button>
      )}
      <p className="wf-stop__hint">{t('pitStop.credit')}</p>
    </section>
  );
});

export { pitStopMessages, pitStopMessagesEs } from './messages';
export type { PitStopMessageKey } from './messages';
