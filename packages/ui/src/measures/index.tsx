import type { Measure, PdsaCycle, Strategy } from '@wayfinder/core/navigator';
import { blankMeasure } from '@wayfinder/core/navigator/measure-chart';
import { useControllableState } from '@wayfinder/react/controllable-state';
import { useTranslate } from '@wayfinder/react/messages';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { measuresMessages } from './messages';
import { CheckList, OptionalSelect } from '../choice-fields';
import { withErrorBoundary } from '../error-boundary';
import { LongList } from '../long-list';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';
import { UndoNotice, useUndoableRemoval } from '../undo-notice';

const INTENTIONS = ['depth', 'sustainability', 'spread', 'ownership'] as const;

export interface MeasuresPlanProps extends TitleOptions {
  /** Strategies a measure can be about, besides the four scaling intentions. */
  strategies: readonly Pick<Strategy, 'id' | 'name'>[];
  value?: readonly Measure[];
  defaultValue?: readonly Measure[];
  onChange?: (measures: readonly Measure[]) => void;
  readOnly?: boolean;
  className?: string;
}

/** Encodes a measure's target for a select: an intention's name, or `strategy:ID`. */
const targetValue = (target: Measure['target']) => (typeof target === 'string' ? target : `strategy:${target.strategyId}`);
const targetOf = (value: string): Measure['target'] =>
  value.startsWith('strategy:') ? { strategyId: value.slice('strategy:'.length) } : (value as (typeof INTENTIONS)[number]);

/** The measures plan (Navigator tool 5): per scaling intention or strategy, the measure, when, who, and findings. */
export const MeasuresPlan = withErrorBoundary(function MeasuresPlan({ strategies, readOnly = false, className, headingLevel = 3, hideTitle = false, ...control }: MeasuresPlanProps) {
  const t = useTranslate(measuresMessages);
  const titleId = useId();
  const [measures, setMeasures] = useControllableState<readonly Measure[]>({ value: control.value, defaultValue: control.defaultValue ?? [], onChange: control.onChange });
  const update = (id: string, patch: Partial<Measure>) => setMeasures((previous) => previous.map((measure) => (measure.id === id ? { ...measure, ...patch } : measure)));
  const removal = useUndoableRemoval(setMeasures, (id) => document.getElementById(`${titleId}-${id}`)?.focus());
  return (
    <section className={className ? `wf-plan ${className}` : 'wf-plan'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId} className="wf-plan__title">
        {t('measures.title')}
      </Heading>
      <p className="wf-plan__muted">{t('measures.intro')}</p>
      {removal.removed && (
        <UndoNotice
          key={removal.removed.serial}
          message={t('measures.removed', { name: removal.removed.item.measure.trim() || t('measures.item', { index: removal.removed.index + 1 }) })}
          undoLabel={t('measures.undo')}
          onUndo={removal.undo}
        />
      )}
      {measures.length === 0 && <p className="wf-plan__muted">{t('measures.empty')}</p>}
      <LongList items={measures} itemKey={(measure) => measure.id} className="wf-plan__list">
        {(measure, index) => (
          <fieldset className="wf-plan__card">
            <legend>{t('measures.item', { index: index + 1 })}</legend>
            <label className="wf-plan__field">
              {t('measures.target')}
              <select id={`${titleId}-${measure.id}`} value={targetValue(measure.target)} disabled={readOnly} onChange={(event) => update(measure.id, { target: targetOf(event.currentTarget.value) })}>
                {INTENTIONS.map((intention) => (
                  <option key={intention} value={intention}>
                    {t(`measures.target.${intention}`)}
                  </option>
                ))}
                {strategies.map((strategy) => (
                  <option key={strategy.id} value={`strategy:${strategy.id}`}>
                    {strategy.name}
                  </option>
                ))}
              </select>
            </label>
            {(['measure', 'schedule', 'who', 'findings'] as const).map((key) => (
              <label key={key} className="wf-plan__field">
                {t(`measures.${key}`)}
                <textarea rows={key === 'findings' ? 3 : 1} value={measure[key]} readOnly={readOnly} onChange={(event) => update(measure.id, { [key]: event.currentTarget.value })} />
              </label>
            ))}
            {!readOnly && (
              <button type="button" className="wf-button wf-button--danger" onClick={() => removal.remove(measures, measure)}>
                {t('measures.remove')}
              </button>
            )}
          </fieldset>
        )}
      </LongList>
      {!readOnly && (
        <button
          type="button"
          className="wf-button"
          onClick={() => setMeasures((previous) => [...previous, blankMeasure()])}
        >
          {t('measures.add')}
        </button>
      )}
    </section>
  );
});

export interface PdsaCycleCardProps extends TitleOptions {
  strategies: readonly Pick<Strategy, 'id' | 'name'>[];
  /** Measures the cycle may study (their charts mark its dates). */
  measures?: readonly Pick<Measure, 'id' | 'measure'>[];
  /** Earlier cycles this one may build on (a ramp), with their labels ("Cycle 2: …"). */
  earlierCycles?: readonly { id: string; label: string }[];
  /** Shown beside the study step: the data of the measures the cycle studies over its dates (e.g. a `ControlChart`), to read against the prediction. */
  studyData?: ReactNode;
  /** The cycle's place among the team's cycles, shown in its heading ("Cycle 3: …"). */
  number?: number;
  /** Offers "Delete this cycle"; the list that holds the cycle removes it (and can offer an undo). */
  onRemove?: () => void;
  value?: PdsaCycle;
  defaultValue?: PdsaCycle;
  onChange?: (cycle: PdsaCycle) => void;
  readOnly?: boolean;
  className?: string;
}

/** One plan-do-study-act cycle: what is tested and predicted, what happened, how it compares, and the decision. */
export const PdsaCycleCard = withErrorBoundary(function PdsaCycleCard({ strategies, measures = [], earlierCycles = [], studyData, number, onRemove, readOnly = false, className, headingLevel = 3, hideTitle = false, ...control }: PdsaCycleCardProps) {
  const t = useTranslate(measuresMessages);
  const titleId = useId();
  if (!control.value && !control.defaultValue) throw new TypeError('PdsaCycleCard needs a `value` or a `defaultValue`.');
  const [cycle, setCycle] = useControllableState<PdsaCycle>({ value: control.value, defaultValue: control.defaultValue!, onChange: control.onChange });
  const area = (label: string, value: string, change: (text: string) => PdsaCycle, rows = 2) => (
    <label className="wf-plan__field">
      {label}
      <textarea rows={rows} value={value} readOnly={readOnly} onChange={(event) => setCycle(change(event.currentTarget.value))} />
    </label>
  );
  return (
    <section className={className ? `wf-plan ${className}` : 'wf-plan'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId} className="wf-plan__title">
        {number === undefined ? t('pdsa.title') : t('pdsa.heading', { number, title: cycle.title.trim() || t('pdsa.untitled') })}
      </Heading>
      <div className="wf-plan__inline wf-plan__inline--fields">
        <label className="wf-plan__field">
          {t('pdsa.cycleTitle')}
          <input value={cycle.title} readOnly={readOnly} onChange={(event) => setCycle({ ...cycle, title: event.currentTarget.value })} />
        </label>
        <label className="wf-plan__field">
          {t('pdsa.startedOn')}
          <input type="date" value={cycle.startedOn ?? ''} readOnly={readOnly} onChange={(event) => setCycle({ ...cycle, startedOn: event.currentTarget.value || null })} />
        </label>
        <label className="wf-plan__field">
          {t('pdsa.endedOn')}
          <input type="date" value={cycle.endedOn ?? ''} min={cycle.startedOn ?? undefined} readOnly={readOnly} onChange={(event) => setCycle({ ...cycle, endedOn: event.currentTarget.value || null })} />
        </label>
      </div>
      {earlierCycles.length > 0 && (
        <OptionalSelect className="wf-plan__field" label={t('pdsa.buildsOn')} noneLabel={t('pdsa.buildsOn.none')} value={cycle.buildsOnId} choices={earlierCycles.map(({ id, label }) => ({ id, name: label }))} disabled={readOnly} onChange={(buildsOnId) => setCycle({ ...cycle, buildsOnId })} />
      )}
      {measures.length > 0 && (
        <CheckList
          className="wf-plan__inline wf-plan__measures"
          legend={t('pdsa.measures')}
          choices={measures.map((measure, index) => ({ id: measure.id, name: measure.measure.trim() || t('measures.item', { index: index + 1 }) }))}
          chosen={cycle.measureIds}
          disabled={readOnly}
          onChange={(measureIds) => setCycle({ ...cycle, measureIds })}
        />
      )}
      <OptionalSelect className="wf-plan__field" label={t('pdsa.strategy')} noneLabel={t('pdsa.none')} value={cycle.strategyId} choices={strategies} disabled={readOnly} onChange={(strategyId) => setCycle({ ...cycle, strategyId })} />
      <fieldset className="wf-plan__card">
        <legend>{t('pdsa.plan')}</legend>
        {area(t('pdsa.test'), cycle.plan.test, (test) => ({ ...cycle, plan: { ...cycle.plan, test } }))}
        {area(t('pdsa.prediction'), cycle.plan.prediction, (prediction) => ({ ...cycle, plan: { ...cycle.plan, prediction } }))}
        {area(t('pdsa.instruments'), cycle.plan.instruments, (instruments) => ({ ...cycle, plan: { ...cycle.plan, instruments } }))}
      </fieldset>
      {area(t('pdsa.do'), cycle.do, (text) => ({ ...cycle, do: text }), 3)}
      {area(t('pdsa.study'), cycle.study, (study) => ({ ...cycle, study }), 3)}
      {studyData && (
        <div className="wf-plan__study">
          {cycle.plan.prediction.trim() !== '' && <p className="wf-plan__muted">{t('pdsa.predicted', { prediction: cycle.plan.prediction })}</p>}
          {studyData}
        </div>
      )}
      <fieldset className="wf-plan__card">
        <legend>{t('pdsa.act')}</legend>
        <div className="wf-plan__inline">
          {(['abandon', 'revise', 'expand'] as const).map((decision) => (
            <label key={decision}>
              <input type="radio" name={`${titleId}-act`} checked={cycle.act.decision === decision} disabled={readOnly} onChange={() => setCycle({ ...cycle, act: { ...cycle.act, decision } })} />
              {t(`pdsa.${decision}`)}
            </label>
          ))}
        </div>
        {area(t('pdsa.notes'), cycle.act.notes, (notes) => ({ ...cycle, act: { ...cycle.act, notes } }))}
      </fieldset>
      {onRemove && !readOnly && (
        <button type="button" className="wf-button wf-button--danger" onClick={onRemove}>
          {t('pdsa.remove')}
        </button>
      )}
    </section>
  );
});

export { measuresMessages, measuresMessagesEs } from './messages';
export type { MeasuresMessageKey } from './messages';
