import type { WayfinderError } from '@wayfinder/core/errors';
import type { Measure, MeasurePoint } from '@wayfinder/core/navigator';
import { chartOf, chartsWithDenominators, measureCharts, measureGroups, measureKinds, measureRequest, measureScales, suggestedChart } from '@wayfinder/core/navigator/measure-chart';
import { readMeasurePoints } from '@wayfinder/core/navigator/measure-values';
import { useAnnounce } from '@wayfinder/react/announcer';
import { useControllableState } from '@wayfinder/react/controllable-state';
import { useTranslate } from '@wayfinder/react/messages';
import { useEffect, useId, useMemo, useState } from 'react';
import type { ChartAnnotation } from '../control-chart';
import { ControlChart } from '../control-chart';
import { controlChartMessages } from '../control-chart/messages';
import { withErrorBoundary } from '../error-boundary';
import { FileButton } from '../file-button';
import type { HeadingLevel, TitleOptions } from '../heading';
import { Heading } from '../heading';
import { Notice } from '../notice';
import { measureDataMessages } from './messages';
import { OptionalSelect } from '../choice-fields';

export interface MeasureDataProps extends TitleOptions {
  value?: Measure;
  defaultValue?: Measure;
  onChange?: (measure: Measure) => void;
  /** PDSA cycles and pit stops to mark on the time axis. */
  annotations?: readonly ChartAnnotation[];
  /** Group sizes below `hideBelow` are not shown (privacy), below `flagBelow` flagged as unstable. */
  privacy?: { hideBelow?: number; flagBelow?: number };
  readOnly?: boolean;
  className?: string;
}

/** Rows of values drawn at a time: years of weekly values for several groups open as quickly as a few. */
const PAGE = 50;

type CellKind = 'day' | 'number' | 'optional' | 'positive' | 'text';

/** A cell of the values grid: a valid entry applies at once; one that is not stays as typed, marked, until it is put right. */
function Cell({ kind, value, label, readOnly, placeholder, onCommit }: { kind: CellKind; value: string; label: string; readOnly: boolean; placeholder?: string; onCommit: (text: string) => void }) {
  const t = useTranslate(measureDataMessages);
  const [draft, setDraft] = useState(value);
  const [invalid, setInvalid] = useState(false);
  const problemId = useId();
  useEffect(() => {
    setDraft(value);
    setInvalid(false);
  }, [value]);
  const valid = (text: string) => {
    if (kind === 'text') return true;
    if (kind === 'day') return /^\d{4}-\d{2}-\d{2}$/.test(text);
    if ((kind === 'positive' || kind === 'optional') && text.trim() === '') return true;
    const number = Number(text);
    return text.trim() !== '' && Number.isFinite(number) && (kind !== 'positive' || number > 0);
  };
  return (
    <>
      <input
        type={kind === 'day' ? 'date' : kind === 'text' ? 'text' : 'number'}
        className="wf-data__cell"
        value={draft}
        placeholder={placeholder}
        aria-label={label}
        readOnly={readOnly}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? problemId : undefined}
        step={kind === 'text' || kind === 'day' ? undefined : 'any'}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          const ok = valid(text);
          setInvalid(!ok);
          if (ok && text !== value) onCommit(text);
        }}
      />
      {invalid && (
        <span id={problemId} className="wf-data__problem">
          {t(kind === 'day' ? 'data.invalid.day' : kind === 'positive' ? 'data.invalid.positive' : kind === 'optional' ? 'data.invalid.optional' : 'data.invalid.number')}
        </span>
      )}
    </>
  );
}

/** The next period after the last one of a group: a month on from its day. */
function nextPeriod(points: readonly MeasurePoint[], group: string): string {
  const last = points.filter((point) => point.group === group).reduce<string | null>((latest, point) => (latest === null || point.period > latest ? point.period : latest), null);
  if (last === null) return new Date().toISOString().slice(0, 8) + '01';
  const [year, month] = [Number(last.slice(0, 4)), Number(last.slice(5, 7))];
  return `${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}-${last.slice(8, 10)}`;
}

/**
 * A measure's numbers and their chart: what kind of measure it is, what its numbers are (which
 * suggests the chart), the goal and the group to look at first; the values by period and group in
 * a grid (typed, pasted from a spreadsheet or opened from CSV, every bad cell named and nothing
 * half-added); and the run or control chart of each group, where a chosen point starts a new part
 * or ends a frozen baseline.
 */
export const MeasureData = withErrorBoundary(function MeasureData({ annotations = [], privacy, readOnly = false, className, headingLevel = 3, hideTitle = false, ...control }: MeasureDataProps) {
  const t = useTranslate(measureDataMessages);
  const tChart = useTranslate(controlChartMessages);
  const announce = useAnnounce();
  const titleId = useId();
  const valuesId = useId();
  const pasteId = useId();
  if (!control.value && !control.defaultValue) throw new TypeError('MeasureData needs a `value` or a `defaultValue`.');
  const [measure, setMeasure] = useControllableState<Measure>({ value: control.value, defaultValue: control.defaultValue!, onChange: control.onChange });
  const [shown, setShown] = useState(PAGE);
  const [pasted, setPasted] = useState('');
  const [refused, setRefused] = useState<WayfinderError | null>(null);
  const update = (patch: Partial<Measure>) => setMeasure({ ...measure, ...patch });
  const setPoint = (index: number, patch: Partial<MeasurePoint>) => update({ data: measure.data.map((point, at) => (at === index ? { ...point, ...patch } : point)) });
  const groups = useMemo(() => measureGroups(measure), [measure]);
  const chart = chartOf(measure);
  const withDenominators = chartsWithDenominators.has(chart) || measure.scale === 'proportion' || measure.scale === 'rate' || measure.data.some((point) => point.denominator !== null);
  const series = useMemo(() => groups.map((group) => ({ name: group, request: measureRequest(measure, group).request })), [measure, groups]);
  const add = (text: string) => {
    const read = readMeasurePoints(text);
    if (!read.ok) return setRefused(read.error);
    setRefused(null);
    setPasted('');
    update({ data: [...measure.data, ...read.value] });
    announce(t('data.added', { count: read.value.length }));
  };
  const groupLabel = (group: string) => (group === '' ? t('data.group.all') : group);

  return (
    <section className={className ? `wf-data ${className}` : 'wf-data'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId}>
        {t('data.title', { measure: measure.measure.trim() || t('data.untitled') })}
      </Heading>
      <div className="wf-data__settings">
        <OptionalSelect className="wf-data__field" label={t('data.kind')} noneLabel={t('data.kind.none')} value={measure.kind} choices={measureKinds.map((kind) => ({ id: kind, name: t(`data.kind.${kind}`) }))} disabled={readOnly} onChange={(kind) => update({ kind: kind as Measure['kind'] })} />
        <OptionalSelect className="wf-data__field" label={t('data.scale')} noneLabel={t('data.scale.none')} value={measure.scale} choices={measureScales.map((scale) => ({ id: scale, name: t(`data.scale.${scale}`) }))} disabled={readOnly} onChange={(scale) => update({ scale: scale as Measure['scale'] })} />
        <OptionalSelect
          className="wf-data__field"
          label={t('data.chart')}
          noneLabel={t('data.chart.suggested', { chart: tChart('chart.kind', { chart: suggestedChart(measure) }) })}
          value={measure.chart}
          choices={measureCharts.map((each) => ({ id: each, name: tChart('chart.kind', { chart: each }) }))}
          disabled={readOnly}
          onChange={(each) => update({ chart: each as Measure['chart'] })}
        />
        <label className="wf-data__field">
          {t('data.goal')}
          <Cell kind="optional" value={measure.goal === null ? '' : String(measure.goal)} label={t('data.goal')} readOnly={readOnly} onCommit={(text) => update({ goal: text.trim() === '' ? null : Number(text) })} />
        </label>
        <OptionalSelect className="wf-data__field" label={t('data.focal')} noneLabel={t('data.focal.none')} value={measure.focalGroup} choices={groups.filter((group) => group !== '').map((group) => ({ id: group, name: group }))} disabled={readOnly} onChange={(focalGroup) => update({ focalGroup })} />
      </div>
      <p className="wf-data__help">{t('data.goal.help')}</p>

      <Heading level={headingLevel + 1} id={valuesId}>
        {t('data.values')}
      </Heading>
      {measure.data.length === 0 ? (
        <p className="wf-data__help">{t('data.values.empty')}</p>
      ) : (
        <div className="wf-scroll-hint wf-data__scroll" role="region" aria-labelledby={valuesId} tabIndex={0}>
          <table className="wf-data__grid">
            <thead>
              <tr>
                <th scope="col">{t('data.period')}</th>
                <th scope="col">{t('data.group')}</th>
                <th scope="col">{t('data.value')}</th>
                {withDenominators && <th scope="col">{t('data.denominator')}</th>}
                {!readOnly && <td />}
              </tr>
            </thead>
            <tbody>
              {measure.data.slice(0, shown).map((point, index) => (
                <tr key={index}>
                  <td>
                    <Cell kind="day" value={point.period} label={`${t('data.period')} ${index + 1}`} readOnly={readOnly} onCommit={(period) => setPoint(index, { period })} />
                  </td>
                  <td>
                    <Cell kind="text" value={point.group} label={`${t('data.group')} ${index + 1}`} placeholder={t('data.group.blank')} readOnly={readOnly} onCommit={(group) => setPoint(index, { group: group.trim() })} />
                  </td>
                  <td>
                    <Cell kind="number" value={String(point.value)} label={`${t('data.value')} ${index + 1}`} readOnly={readOnly} onCommit={(value) => setPoint(index, { value: Number(value) })} />
                  </td>
                  {withDenominators && (
                    <td>
                      <Cell kind="positive" value={point.denominator === null ? '' : String(point.denominator)} label={`${t('data.denominator')} ${index + 1}`} readOnly={readOnly} onCommit={(text) => setPoint(index, { denominator: text.trim() === '' ? null : Number(text) })} />
                    </td>
                  )}
                  {!readOnly && (
                    <td>
                      <button type="button" className="wf-button wf-data__remove" aria-label={t('data.remove', { period: `${point.period} ${groupLabel(point.group)}` })} onClick={() => update({ data: measure.data.filter((_, at) => at !== index) })}>
                        ×
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {measure.data.length > shown && (
        <button type="button" className="wf-button" onClick={() => setShown((count) => count + PAGE)}>
          {t('data.more', { count: Math.min(PAGE, measure.data.length - shown), rest: measure.data.length - shown })}
        </button>
      )}
      {!readOnly && (
        <>
          <div className="wf-data__actions">
            <button
              type="button"
              className="wf-button"
              onClick={() => {
                // The next period of the last row's group, its value and denominator as a start to type over.
                const last = measure.data.at(-1);
                const group = last?.group ?? '';
                update({ data: [...measure.data, { period: nextPeriod(measure.data, group), value: last?.value ?? 0, denominator: last?.denominator ?? null, group }] });
              }}
            >
              {t('data.add')}
            </button>
            <FileButton label={t('data.open')} accept=".csv,text/csv,text/plain" onText={add} />
          </div>
          <label className="wf-data__field" htmlFor={pasteId}>
            {t('data.paste')}
          </label>
          <textarea id={pasteId} rows={3} className="wf-data__paste" value={pasted} spellCheck={false} onChange={(event) => setPasted(event.currentTarget.value)} aria-describedby={`${pasteId}-help`} />
          <p className="wf-data__help" id={`${pasteId}-help`}>
            {t('data.paste.help')}
          </p>
          <div className="wf-data__actions">
            <button type="button" className="wf-button" onClick={() => add(pasted)} disabled={pasted.trim() === ''}>
              {t('data.paste.add')}
            </button>
          </div>
          {refused && <Notice tone="error" live title={t('data.refused')} error={refused} />}
        </>
      )}
      {series.length > 0 && (
        <ControlChart
          headingLevel={Math.min(6, headingLevel + 1) as HeadingLevel}
          title={measure.measure.trim() || t('data.untitled')}
          series={series}
          focalGroup={measure.focalGroup}
          percent={series[0]!.request.multiply === 100}
          goal={measure.goal}
          annotations={annotations}
          {...(privacy ? { privacy } : {})}
          changes={measure.changes}
          baselineUntil={measure.baselineUntil}
          {...(readOnly ? {} : { onChangesChange: (changes: string[]) => update({ changes }), onBaselineChange: (baselineUntil: string | null) => update({ baselineUntil }) })}
        />
      )}
    </section>
  );
});

export { measureDataMessages, measureDataMessagesEs } from './messages';
export type { MeasureDataMessageKey } from './messages';
