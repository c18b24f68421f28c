import type { Strategy, TrackerEntry } from '@wayfinder/core/navigator';
import { useControllableState } from '@wayfinder/react/controllable-state';
import { useTranslate } from '@wayfinder/react/messages';
import { useId } from 'react';
import { trackerMessages } from './messages';
import { withErrorBoundary } from '../error-boundary';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';
import { Collapsible } from '../collapsible';

export interface StrategyTrackerProps extends TitleOptions {
  /** The pit stop this review belongs to. */
  pitStopId: string;
  /** The strategies in the trip ticket, in order; each gets a card. */
  strategies: readonly Pick<Strategy, 'id' | 'name'>[];
  value?: readonly TrackerEntry[];
  defaultValue?: readonly TrackerEntry[];
  onChange?: (entries: readonly TrackerEntry[]) => void;
  readOnly?: boolean;
  className?: string;
}

type Review = TrackerEntry['review'];

const blankEntry = (pitStopId: string, strategyId: string): TrackerEntry => ({
  id: globalThis.crypto.randomUUID(),
  pitStopId,
  strategyId,
  members: [],
  steps: [],
  review: { stillAcceptable: null, stillAffordable: null, whatTheDataSay: '', roadblocks: '', decision: null, why: '', evidence: '' },
});

/**
 * The strategy-set tracker (Navigator tool 3) for one pit stop: per strategy of the trip ticket,
 * the members and steps, and the review that ends in keep, revise or remove. Entries are made the
 * first time a strategy's card is edited, and carry its id, so the tracker and the trip ticket
 * speak of the same strategy.
 */
export const StrategyTracker = withErrorBoundary(function StrategyTracker({ pitStopId, strategies, readOnly = false, className, headingLevel = 3, hideTitle = false, ...control }: StrategyTrackerProps) {
  const t = useTranslate(trackerMessages);
  const titleId = useId();
  const [entries, setEntries] = useControllableState<readonly TrackerEntry[]>({ value: control.value, defaultValue: control.defaultValue ?? [], onChange: control.onChange });
  const entryOf = (strategyId: string) => entries.find((entry) => entry.pitStopId === pitStopId && entry.strategyId === strategyId);
  const edit = (strategyId: string, change: (entry: TrackerEntry) => TrackerEntry) =>
    setEntries((previous) => {
      const existing = previous.find((entry) => entry.pitStopId === pitStopId && entry.strategyId === strategyId);
      return existing ? previous.map((entry) => (entry === existing ? change(entry) : entry)) : [...previous, change(blankEntry(pitStopId, strategyId))];
    });
  const setReview = (strategyId: string, patch: Partial<Review>) => edit(strategyId, (entry) => ({ ...entry, review: { ...entry.review, ...patch } }));
  const decided = strategies.filter((strategy) => entryOf(strategy.id)?.review.decision).length;
  // A pit stop with several strategies would be a very long page: the first one still to decide starts open, the rest folded with where each stands.
  const firstOpen = strategies.find((strategy) => !entryOf(strategy.id)?.review.decision)?.id;

  return (
    <section className={className ? `wf-track ${className}` : 'wf-track'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId} className="wf-track__title">
        {t('tracker.title')}
      </Heading>
      <p className="wf-track__muted">{t('tracker.intro')}</p>
      {strategies.length === 0 ? (
        <p className="wf-track__muted">{t('tracker.empty')}</p>
      ) : (
        <p className="wf-track__muted" role="status">
          {t('tracker.decided', { count: decided, total: strategies.length })}
        </p>
      )}
      {strategies.map((strategy) => {
        const entry = entryOf(strategy.id) ?? blankEntry(pitStopId, strategy.id);
        const name = `${titleId}-${strategy.id}`;
        const tri = (key: 'stillAcceptable' | 'stillAffordable', question: string) => (
          <fieldset className="wf-track__inline">
            <legend>{question}</legend>
            {(
              [
                [true, t('tracker.yes')],
                [false, t('tracker.no')],
                [null, t('tracker.unsure')],
              ] as const
            ).map(([option, label]) => (
              <label key={String(option)}>
                <input type="radio" name={`${name}-${key}`} checked={entry.review[key] === option} disabled={readOnly} onChange={() => setReview(strategy.id, { [key]: option })} />
                {label}
              </label>
            ))}
          </fieldset>
        );
        const text = (key: 'whatTheDataSay' | 'roadblocks' | 'why' | 'evidence', label: string) => (
          <label className="wf-track__field">
            {label}
            <textarea rows={2} value={entry.review[key]} readOnly={readOnly} onChange={(event) => setReview(strategy.id, { [key]: event.currentTarget.value })} />
          </label>
        );
        return (
          <article key={strategy.id} className="wf-track__card" aria-labelledby={`${name}-title`} data-decision={entry.review.decision ?? undefined}>
            <Collapsible
              level={headingLevel + 1}
              titleId={`${name}-title`}
              title={strategy.name}
              status={t('tracker.status', { decision: entry.review.decision ?? 'none', steps: entry.steps.length })}
              defaultOpen={strategy.id === firstOpen}
              className="wf-track__body"
            >
              <label className="wf-track__field">
                {t('tracker.members')}
                <input
                  value={entry.members.join(', ')}
                  readOnly={readOnly}
                  onChange={(event) => {
                    const members = event.currentTarget.value.split(',').map((member) => member.trimStart());
                    edit(strategy.id, (current) => ({ ...current, members }));
                  }}
                />
              </label>
              <fieldset className="wf-track__steps">
                <legend>{t('tracker.steps')}</legend>
                {entry.steps.map((step, index) => (
                  <fieldset key={step.id} className="wf-track__step">
                    <legend>{t('tracker.step', { index: index + 1 })}</legend>
                    {(['text', 'when', 'lead'] as const).map((key) => (
                      <label key={key} className="wf-track__field">
                        {t(`tracker.step.${key}`)}
                        <input
                          value={step[key]}
                          readOnly={readOnly}
                          onChange={(event) => {
                            const value = event.currentTarget.value;
                            edit(strategy.id, (current) => ({ ...current, steps: current.steps.map((item) => (item.id === step.id ? { ...item, [key]: value } : item)) }));
                          }}
                        />
                      </label>
                    ))}
                  </fieldset>
                ))}
                {!readOnly && (
                  <button
                    type="button"
                    className="wf-button"
                    onClick={() => edit(strategy.id, (current) => ({ ...current, steps: [...current.steps, { id: globalThis.crypto.randomUUID(), text: '', when: '', lead: '' }] }))}
                  >
                    {t('tracker.step.add')}
                  </button>
                )}
              </fieldset>
              <fieldset className="wf-track__review">
                <legend>{t('tracker.review')}</legend>
                {tri('stillAcceptable', t('tracker.acceptable'))}
                {tri('stillAffordable', t('tracker.affordable'))}
                {text('whatTheDataSay', t('tracker.data'))}
                {text('roadblocks', t('tracker.roadblocks'))}
                <fieldset className="wf-track__inline">
                  <legend>{t('tracker.decision')}</legend>
                  {(['keep', 'revise', 'remove'] as const).map((decision) => (
                    <label key={decision}>
                      <input type="radio" name={`${name}-decision`} checked={entry.review.decision === decision} disabled={readOnly} onChange={() => setReview(strategy.id, { decision })} />
                      {t(`tracker.${decision}`)}
                    </label>
                  ))}
                </fieldset>
                {text('why', t('tracker.why'))}
                {text('evidence', t('tracker.evidence'))}
              </fieldset>
            </Collapsible>
          </article>
        );
      })}
    </section>
  );
});

export { trackerMessages, trackerMessagesEs } from './messages';
export type { TrackerMessageKey } from './messages';
