import type { SpcPoint, SpcRequest, SpcResult, SpcSignal } from '@wayfinder/core/spc';
import { chartSignals, spcChart } from '@wayfinder/core/spc';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { scaleLinear } from '@visx/scale';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CaseTable } from '../case-table';
import { withErrorBoundary } from '../error-boundary';
import { downloadText } from '../file-button';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';
import { Notice } from '../notice';
import { FigureExport } from '../figure-export';
import { controlChartMessages } from './messages';

/** One series to chart: a group's values as a chart request (`@wayfinder/core/spc`), under a name. */
export interface ChartSeries {
  /** The group's name ('' reads as "All students"). */
  name: string;
  request: Omit<SpcRequest, 'id'>;
}

/** Something that happened on a day, drawn on the time axis: a PDSA cycle's start, a pit stop. */
export interface ChartAnnotation {
  at: string;
  label: string;
  /** A PDSA cycle's start, a pit stop, or (drawn by the chart itself) where a change starts a new part. */
  kind: 'pdsa' | 'pit-stop' | 'change';
}

export interface ControlChartProps extends Pick<TitleOptions, 'headingLevel'> {
  title: string;
  /** One chart per series, on one scale (small multiples); the first is the reference the focal group is compared with. */
  series: readonly ChartSeries[];
  /** The series the gap to the first one is told for. */
  focalGroup?: string | null;
  /** The values are percentages (shown with %). */
  percent?: boolean;
  /** Where the team wants the measure to be: a target line. */
  goal?: number | null;
  annotations?: readonly ChartAnnotation[];
  /** Group sizes (the denominators) below `hideBelow` are not shown (privacy), below `flagBelow` flagged as unstable. */
  privacy?: { hideBelow?: number; flagBelow?: number };
  /** Days from which a change started (each a new part), for the point actions. */
  changes?: readonly string[];
  baselineUntil?: string | null;
  /** Given, a chosen point offers "a change started here" (date axes only). */
  onChangesChange?: (changes: string[]) => void;
  /** Given, a chosen point offers to freeze the baseline through it. */
  onBaselineChange?: (until: string | null) => void;
  className?: string;
}

/** The drawing's width where the page gives it no other: it follows its box, so text stays readable on a phone. */
const WIDTH = 640;
const NARROWEST = 300;
const HEIGHT = 260;
const MARGIN = { top: 36, right: 16, bottom: 34, left: 52 };
/** Labels on the time axis closer than this (pixels) go on a second row, so that they do not overprint. */
const LABEL_ROOM = 56;

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

interface Drawn {
  name: string;
  result: SpcResult;
  /** Group size per subgroup (Σ denominators), where the request has denominators. */
  sizes: (number | null)[];
  hidden: boolean[];
  missingDenominators: number;
}

/** The chart of a series with the group sizes the privacy threshold hides. */
function draw(series: ChartSeries, hideBelow: number | undefined): Drawn {
  const { request } = series;
  // No values yet: nothing to compute (a request needs at least one).
  if (request.y.length === 0) return { name: series.name, result: { id: series.name, chart: request.chart, points: [], parts: [] }, sizes: [], hidden: [], missingDenominators: 0 };
  const n = request.n;
  // Rows of groups too small to show are charted as missing: their values stay out of every line and limit.
  const hiddenRow = request.y.map((_, row) => hideBelow !== undefined && n !== undefined && n[row] !== null && n[row]! < hideBelow);
  const result = spcChart({ id: series.name, ...request, y: request.y.map((value, row) => (hiddenRow[row] ? null : value)) });
  const keys = request.x ?? request.y.map((_, row) => row + 1);
  const sizeOf = new Map<string, number>();
  const hiddenKeys = new Set<string>();
  keys.forEach((key, row) => {
    if (n && n[row] !== null) sizeOf.set(String(key), (sizeOf.get(String(key)) ?? 0) + n[row]!);
    if (hiddenRow[row]) hiddenKeys.add(String(key));
  });
  const points = 'error' in result ? [] : result.points;
  return {
    name: series.name,
    result,
    sizes: points.map((point) => (n ? (sizeOf.get(String(point.x)) ?? null) : null)),
    hidden: points.map((point) => hiddenKeys.has(String(point.x))),
    missingDenominators: n ? request.y.filter((value, row) => value !== null && n[row] === null).length : 0,
  };
}

/**
 * A run chart or Shewhart control chart of a measure (any chart of `@wayfinder/core/spc`), one per
 * group on a shared scale: points, centre line and limits part by part, the goal, PDSA cycles and
 * pit stops on the time axis; runs signals colour the centre line and sigma signals mark the
 * points, each explained in words. Every point is reached by keyboard and read with its values;
 * the values are in a table too; groups too small to show are hidden. A chosen point can start a
 * new part or end a frozen baseline. Exports SVG, PNG and CSV.
 */
export const ControlChart = withErrorBoundary(function ControlChart({ title, series, focalGroup = null, percent = false, goal = null, annotations = [], privacy = {}, changes = [], baselineUntil = null, onChangesChange, onBaselineChange, headingLevel = 3, className }: ControlChartProps) {
  const t = useTranslate(controlChartMessages);
  const { locale } = useLocale();
  const titleId = useId();
  const drawn = useMemo(() => series.map((each) => draw(each, privacy.hideBelow)), [series, privacy.hideBelow]);
  const numberFormat = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }), [locale]);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }), [locale]);
  const value = (number: number | null) => (number === null ? '–' : `${numberFormat.format(number)}${percent ? '\u202f%' : ''}`);
  // A difference of percentages is in percentage points, not per cent.
  const difference = (number: number) => (percent ? t('chart.gap.points', { gap: numberFormat.format(number) }) : value(number));
  const xText = (x: SpcPoint['x']) => (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) ? dateFormat.format(new Date(`${x}T00:00:00Z`)) : String(x));
  const groupName = (name: string) => (name === '' ? t('chart.allStudents') : name);

  // One y scale for every group, so small multiples compare at a glance.
  const yDomain = useMemo(() => {
    const numbers = drawn.flatMap(({ result }) => ('error' in result ? [] : result.points.flatMap((point) => [point.y, point.cl, point.lcl, point.ucl]))).filter((number): number is number => number !== null && Number.isFinite(number));
    if (goal !== null) numbers.push(goal);
    if (numbers.length === 0) return [0, 1] as const;
    const [low, high] = [Math.min(...numbers), Math.max(...numbers)];
    return low === high ? ([low - 1, high + 1] as const) : ([low, high] as const);
  }, [drawn, goal]);

  const reference = drawn[0];
  const focal = focalGroup !== null ? drawn.find((each) => each.name === focalGroup) : undefined;
  const gap = (() => {
    if (!reference || !focal || focal === reference || 'error' in reference.result || 'error' in focal.result) return null;
    const referenceBy = new Map(reference.result.points.map((point) => [String(point.x), point]));
    const latest = [...focal.result.points].reverse().find((point) => point.y !== null && referenceBy.get(String(point.x))?.y != null);
    if (!latest) return null;
    const other = referenceBy.get(String(latest.x))!;
    return t('chart.gap', { period: xText(latest.x), focal: groupName(focal.name), focalValue: value(latest.y), reference: groupName(reference.name), referenceValue: value(other.y), gap: difference(Math.abs(latest.y! - other.y!)) });
  })();

  return (
    <section className={className ? `wf-chart ${className}` : 'wf-chart'} aria-labelledby={titleId}>
      <Heading level={headingLevel} id={titleId}>
        {title}
      </Heading>
      {gap && <p className="wf-chart__gap">{gap}</p>}
      <div className="wf-chart__multiples">
        {drawn.map((each) => (
          <SeriesChart
            key={each.name}
            drawn={each}
            name={drawn.length > 1 ? groupName(each.name) : null}
            level={headingLevel + 1}
            yDomain={yDomain}
            value={value}
            difference={difference}
            xText={xText}
            goal={goal}
            annotations={annotations}
            privacy={privacy}
            changes={changes}
            baselineUntil={baselineUntil}
            onChangesChange={onChangesChange}
            onBaselineChange={onBaselineChange}
          />
        ))}
      </div>
      <div className="wf-chart__export">
        <button
          type="button"
          className="wf-button"
          // The CSV writer (and its parser library) loads when asked for: a chart that is only looked at does not carry it.
          onClick={() => void import('@wayfinder/core/spc/csv').then(({ chartCsv }) => downloadText(chartCsv(drawn.map(({ name, result }) => ({ name: groupName(name), result }))), `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'chart'}.csv`, 'text/csv'))}
        >
          {t('chart.export.csv')}
        </button>
      </div>
    </section>
  );
});

interface SeriesChartProps extends Pick<ControlChartProps, 'onChangesChange' | 'onBaselineChange'> {
  drawn: Drawn;
  name: string | null;
  level: number;
  yDomain: readonly [number, number];
  value: (number: number | null) => string;
  difference: (number: number) => string;
  xText: (x: SpcPoint['x']) => string;
  goal: number | null;
  annotations: readonly ChartAnnotation[];
  privacy: NonNullable<ControlChartProps['privacy']>;
  changes: readonly string[];
  baselineUntil: string | null;
}

function SeriesChart({ drawn, name, level, yDomain, value, difference, xText, goal, annotations, privacy, changes, baselineUntil, onChangesChange, onBaselineChange }: SeriesChartProps) {
  const t = useTranslate(controlChartMessages);
  const titleId = useId();
  const keysId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const dotRefs = useRef<(SVGGElement | null)[]>([]);
  const [focused, setFocused] = useState(0);
  // The point the actions are about: chosen by focus or a click, never by the pointer passing over.
  const [chosen, setChosen] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const figureRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(WIDTH);
  // The figure is drawn once there are points: its box is watched from then on.
  const drawing = !('error' in drawn.result) && drawn.result.points.length > 0;
  useEffect(() => {
    const box = figureRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && entry.contentRect.width > 0 && setWidth(Math.max(NARROWEST, Math.round(entry.contentRect.width))));
    observer.observe(box);
    return () => observer.disconnect();
  }, [drawing]);
  const { result } = drawn;
  const chartTitle = 'error' in result ? '' : [name, t('chart.kind', { chart: result.chart })].filter(Boolean).join(' · ');

  // The one chart the engine refuses data for is a T chart with a time of 0 or less.
  if ('error' in result) return <Notice tone="warning" title={t('chart.refused')} />;
  const { points } = result;
  if (points.length === 0) return <Notice tone="info" title={t('chart.empty')} />;

  const dated = points.every((point) => typeof point.x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(point.x));
  const position = (point: SpcPoint, index: number) => (dated ? dayNumber(point.x as string) : typeof point.x === 'number' ? point.x : index);
  const xs = points.map(position);
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const scaleX = scaleLinear({ domain: xMin === xMax ? [xMin - 1, xMax + 1] : [xMin, xMax], range: [MARGIN.left + 8, width - MARGIN.right - 8] });
  const scaleY = scaleLinear({ domain: [...yDomain], range: [HEIGHT - MARGIN.bottom, MARGIN.top], nice: true });
  const yTicks = scaleY.ticks(5);
  const xTickIndices = (() => {
    const step = Math.max(1, Math.ceil(points.length / Math.max(2, Math.floor(width / 110))));
    return points.map((_, index) => index).filter((index) => index % step === 0);
  })();
  // Annotations in time order, each on the first row where the label before it leaves room.
  const notes = (() => {
    const placed: { note: ChartAnnotation; x: number; row: number }[] = [];
    const rowEnds = [-Infinity, -Infinity];
    // Where a new part starts, a change the team marked: drawn with the cycles and pit stops.
    const partStarts = points.filter((point, index) => index > 0 && point.part !== points[index - 1]!.part && typeof point.x === 'string').map((point): ChartAnnotation => ({ at: point.x as string, label: t('chart.change'), kind: 'change' }));
    for (const note of [...annotations, ...partStarts].filter((each) => dated && dayNumber(each.at) >= xMin && dayNumber(each.at) <= xMax).sort((a, b) => (a.at < b.at ? -1 : 1))) {
      const x = scaleX(dayNumber(note.at));
      const row = rowEnds[0]! + LABEL_ROOM <= x ? 0 : rowEnds[1]! + LABEL_ROOM <= x ? 1 : 0;
      rowEnds[row] = x;
      placed.push({ note, x, row });
    }
    return placed;
  })();
  const runsSignal = new Map(result.parts.map((part) => [part.part, part.runs_signal]));
  const signals = chartSignals(result);
  // Each part after the first against the one before it: how far its centre line moved.
  const shifts = result.parts.slice(1).flatMap((part) => {
    const first = points.find((point) => point.part === part.part);
    const before = [...points].reverse().find((point) => point.part === part.part - 1);
    if (!first || !before || first.cl === null || before.cl === null || first.cl === before.cl) return [];
    return [{ part: part.part, text: t('chart.parts.shift', { from: xText(first.x), cl: value(first.cl), previous: value(before.cl), difference: difference(Math.abs(first.cl - before.cl)), direction: first.cl > before.cl ? 'up' : 'down' }) }];
  });
  const flagged = (index: number) => privacy.flagBelow !== undefined && drawn.sizes[index] !== null && drawn.sizes[index]! < privacy.flagBelow;

  const describe = (point: SpcPoint, index: number) => {
    if (drawn.hidden[index]) return t('chart.point.hidden', { x: xText(point.x), limit: privacy.hideBelow ?? 0 });
    if (point.y === null) return t('chart.missing', { x: xText(point.x) });
    return t('chart.point', {
      x: xText(point.x),
      y: value(point.y),
      size: drawn.sizes[index] !== null ? t('chart.point.size', { size: drawn.sizes[index]! }) : '',
      cl: value(point.cl),
      limits: point.lcl !== null || point.ucl !== null ? t('chart.point.limits', { lcl: value(point.lcl), ucl: value(point.ucl) }) : '',
      signal: point.sigma_signal ? t('chart.point.signal') : '',
      hidden: flagged(index) ? t('chart.point.flagged') : '',
    });
  };
  const signalText = (signal: SpcSignal) => {
    const text =
      signal.kind === 'run'
        ? t('chart.signal.run', { length: signal.length, side: signal.side, from: xText(signal.from), to: xText(signal.to), limit: signal.limit })
        : signal.kind === 'crossings'
          ? t('chart.signal.crossings', { crossings: signal.crossings, useful: signal.useful, limit: signal.limit })
          : t('chart.signal.sigma', { count: signal.points.length, side: signal.side, points: signal.points.map((point) => xText(point.x)).join(', ') });
    return result.parts.length > 1 ? t('chart.signal.part', { part: signal.part, text }) : text;
  };

  const segments = (of: (point: SpcPoint) => number | null, part: number) => {
    const path: string[] = [];
    let pen = false;
    points.forEach((point, index) => {
      const y = of(point);
      if (point.part !== part || y === null) {
        pen = false;
        return;
      }
      path.push(`${pen ? 'L' : 'M'}${scaleX(xs[index]!).toFixed(1)},${scaleY(y).toFixed(1)}`);
      pen = true;
    });
    return path.join('');
  };
  const partNumbers = [...new Set(points.map((point) => point.part))];
  const moveFocus = (to: number) => {
    const next = Math.max(0, Math.min(points.length - 1, to));
    setFocused(next);
    setChosen(next);
    dotRefs.current[next]?.focus();
  };
  const active = hovered ?? chosen;
  const chosenDay = dated && chosen !== null ? (points[chosen]?.x as string | undefined) : undefined;
  const fileName = (name ?? 'chart').replace(/[^\p{L}\p{N}]+/gu, '-');

  return (
    <figure className="wf-chart__series" aria-labelledby={titleId}>
      <figcaption className="wf-chart__caption">
        {name !== null ? (
          <Heading level={level} id={titleId}>
            {chartTitle}
          </Heading>
        ) : (
          <span id={titleId} className="wf-chart__kind">
            {chartTitle}
          </span>
        )}
      </figcaption>
      {points.length === 1 && <p className="wf-chart__help">{t('chart.one')}</p>}
      {drawn.missingDenominators > 0 && <Notice tone="warning" title={t('chart.missingDenominators', { count: drawn.missingDenominators })} />}
      <p className="wf-chart__help" id={keysId}>
        {t('chart.keys')}
      </p>
      <div dir="ltr" className="wf-chart__figure" ref={figureRef}>
        <svg ref={svgRef} viewBox={`0 0 ${width} ${HEIGHT}`} className="wf-chart__plot" role="group" aria-labelledby={titleId} aria-describedby={keysId}>
          {yTicks.map((tick) => (
            <g key={tick} aria-hidden="true">
              <line x1={MARGIN.left} x2={width - MARGIN.right} y1={scaleY(tick)} y2={scaleY(tick)} className="wf-chart__grid" />
              <text x={MARGIN.left - 6} y={scaleY(tick)} textAnchor="end" dominantBaseline="middle" className="wf-chart__tick">
                {value(tick)}
              </text>
            </g>
          ))}
          {xTickIndices.map((index) => (
            <text key={index} x={scaleX(xs[index]!)} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle" className="wf-chart__tick" aria-hidden="true">
              {xText(points[index]!.x)}
            </text>
          ))}
          {notes.map(({ note, x, row }) => (
            <g key={`${note.kind}-${note.at}-${note.label}`} className={`wf-chart__note wf-chart__note--${note.kind}`} aria-hidden="true">
              <line x1={x} x2={x} y1={MARGIN.top - 6 - row * 12} y2={HEIGHT - MARGIN.bottom} />
              <text x={x + 3} y={MARGIN.top - 10 - row * 12} className="wf-chart__note-label">
                {note.label}
              </text>
            </g>
          ))}
          {goal !== null && (
            <g className="wf-chart__goal" aria-hidden="true">
              <line x1={MARGIN.left} x2={width - MARGIN.right} y1={scaleY(goal)} y2={scaleY(goal)} />
              <text x={MARGIN.left + 4} y={scaleY(goal) - 4}>
                {t('chart.goal', { value: value(goal) })}
              </text>
            </g>
          )}
          {partNumbers.map((part) => (
            <g key={part} aria-hidden="true">
              <path d={segments((point) => point.ucl, part)} className="wf-chart__limit" />
              <path d={segments((point) => point.lcl, part)} className="wf-chart__limit" />
              <path d={segments((point) => point.cl, part)} className="wf-chart__centre" data-signal={runsSignal.get(part) || undefined} />
            </g>
          ))}
          <path d={partNumbers.map((part) => segments((point) => point.y, part)).join('')} className="wf-chart__line" aria-hidden="true" />
          {points.map((point, index) => {
            const x = scaleX(xs[index]!);
            const y = point.y === null ? null : scaleY(point.y);
            return (
              <g
                key={String(point.x)}
                ref={(element) => {
                  dotRefs.current[index] = element;
                }}
                className="wf-chart__point"
                role="img"
                aria-label={describe(point, index)}
                tabIndex={index === focused ? 0 : -1}
                onFocus={() => {
                  setFocused(index);
                  setChosen(index);
                }}
                onKeyDown={(event) => {
                  const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[event.key];
                  const jump = event.key === 'Home' ? -points.length : event.key === 'End' ? points.length : undefined;
                  if (step === undefined && jump === undefined) return;
                  event.preventDefault();
                  moveFocus(index + (step ?? jump!));
                }}
                onPointerEnter={() => setHovered(index)}
                onPointerLeave={() => setHovered(null)}
                onClick={() => {
                  setFocused(index);
                  setChosen(index);
                }}
              >
                {/* Every point has a target to focus and point at, a missing one too. */}
                <rect x={x - 6} y={MARGIN.top} width={12} height={HEIGHT - MARGIN.top - MARGIN.bottom} className="wf-chart__target" />
                {y !== null &&
                  (point.sigma_signal ? (
                    <path d={`M${x},${y - 7}L${x + 7},${y}L${x},${y + 7}L${x - 7},${y}Z`} className="wf-chart__dot" data-signal="true" data-excluded={!point.include || undefined} />
                  ) : (
                    <circle cx={x} cy={y} r={4} className="wf-chart__dot" data-flagged={flagged(index) || undefined} data-excluded={!point.include || undefined} />
                  ))}
              </g>
            );
          })}
        </svg>
        <p className="wf-chart__readout" aria-hidden="true">
          {active !== null && points[active] ? describe(points[active], active) : '\u00a0'}
        </p>
      </div>
      {chosenDay && (onChangesChange || onBaselineChange) && (
        <div className="wf-chart__actions" role="group" aria-label={t('chart.selected', { x: xText(chosenDay) })}>
          <span className="wf-chart__chosen">{t('chart.selected', { x: xText(chosenDay) })}</span>
          {onChangesChange && chosen !== null && chosen > 0 && (
            <button type="button" className="wf-button" aria-pressed={changes.includes(chosenDay)} onClick={() => onChangesChange(changes.includes(chosenDay) ? changes.filter((day) => day !== chosenDay) : [...changes, chosenDay].sort())}>
              {t('chart.part.change')}
            </button>
          )}
          {onBaselineChange && (
            <button type="button" className="wf-button" onClick={() => onBaselineChange(baselineUntil === chosenDay ? null : chosenDay)}>
              {t(baselineUntil === chosenDay ? 'chart.baseline.unfreeze' : 'chart.baseline.freeze')}
            </button>
          )}
          {baselineUntil !== null && changes.length > 0 && <span className="wf-chart__help">{t('chart.baseline.ignored')}</span>}
        </div>
      )}
      <ul className="wf-chart__legend" aria-label={t('chart.legend')}>
        <li>
          <svg width={24} height={10} aria-hidden="true">
            <line x1={0} x2={24} y1={5} y2={5} className="wf-chart__centre" />
          </svg>
          {t('chart.centre')}
        </li>
        {points.some((point) => point.ucl !== null || point.lcl !== null) && (
          <li>
            <svg width={24} height={10} aria-hidden="true">
              <line x1={0} x2={24} y1={5} y2={5} className="wf-chart__limit" />
            </svg>
            {t('chart.limits')}
          </li>
        )}
        {goal !== null && (
          <li className="wf-chart__goal">
            <svg width={24} height={10} aria-hidden="true">
              <line x1={0} x2={24} y1={5} y2={5} />
            </svg>
            {t('chart.legend.goal')}
          </li>
        )}
        {signals.some((signal) => signal.kind !== 'sigma') && (
          <li>
            <svg width={24} height={10} aria-hidden="true">
              <line x1={0} x2={24} y1={5} y2={5} className="wf-chart__centre" data-signal="true" />
            </svg>
            {t('chart.legend.runs')}
          </li>
        )}
        {points.some((point) => point.sigma_signal) && (
          <li>
            <svg width={16} height={16} aria-hidden="true">
              <path d="M8,1L15,8L8,15L1,8Z" className="wf-chart__dot" data-signal="true" />
            </svg>
            {t('chart.legend.sigma')}
          </li>
        )}
      </ul>
      <div className="wf-chart__signals" aria-live="polite">
        <strong>{t('chart.signals')}</strong>
        {shifts.length > 0 && (
          <ul>
            {shifts.map((shift) => (
              <li key={shift.part} data-kind="part">
                {shift.text}
              </li>
            ))}
          </ul>
        )}
        {signals.length === 0 ? (
          <p>{t(result.parts.length > 1 ? 'chart.signal.noneInParts' : 'chart.signal.none')}</p>
        ) : (
          <ul>
            {signals.map((signal, index) => (
              <li key={index} data-kind={signal.kind}>
                {signalText(signal)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <FigureExport svg={svgRef} fileName={fileName} labels={{ svg: t('chart.export.svg'), png: t('chart.export.png'), failed: t('chart.export.failed') }} className="wf-chart__export" />
      <CaseTable
        summary={t('chart.table', { name: chartTitle })}
        headers={[t('chart.table.period'), t('chart.table.value'), t('chart.table.cl'), t('chart.table.lcl'), t('chart.table.ucl'), t('chart.table.note')]}
        rows={() =>
          points.map((point, index) => ({
            name: xText(point.x),
            values: [drawn.hidden[index] ? '–' : value(point.y), value(point.cl), value(point.lcl), value(point.ucl), drawn.hidden[index] ? t('chart.note.hidden', { limit: privacy.hideBelow ?? 0 }) : point.sigma_signal ? t('chart.note.signal') : flagged(index) ? t('chart.note.flagged') : ''],
            flagged: point.sigma_signal,
          }))
        }
      />
    </figure>
  );
}

export { controlChartMessages, controlChartMessagesEs } from './messages';
export type { ControlChartMessageKey } from './messages';
