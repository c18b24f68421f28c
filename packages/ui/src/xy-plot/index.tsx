import { necessityFit, sufficiencyFit } from '@wayfinder/core/qca/fit';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { useId, useMemo, useRef, useState } from 'react';
import { CaseTable } from '../case-table';
import { useFitFormat } from '../fit-format';
import { Notice } from '../notice';
import type { PointGroup } from './layout';
import { groupPoints, placeLabels } from './layout';
import { xyPlotMessages } from './messages';
import { withErrorBoundary } from '../error-boundary';
import { FigureExport } from '../figure-export';

export interface XyPlotProps {
  /** Memberships in X (a condition, a term or a whole solution), one per case. */
  x: readonly number[];
  /** Memberships in the outcome, same order. */
  y: readonly number[];
  cases: readonly string[];
  xLabel: string;
  yLabel: string;
  /** Which relation the fit and the shaded quadrant of deviant cases refer to. */
  relation?: 'sufficiency' | 'necessity';
  /** Case labels are drawn when there are at most this many cases; otherwise on hover. */
  labelLimit?: number;
  className?: string;
}

/** A file name from the plot's sets, in letters, digits and dashes only. */
const fileName = (x: string, y: string) => `xy-${x}-${y}`.replace(/~/g, 'not-').replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '');

const SIZE = 420;
/** Room for the tick labels and the rotated axis title beside them, so they never meet. */
const MARGIN = { top: 16, right: 16, bottom: 48, left: 58 };
const DOT = 5;
/** Dots closer than this many pixels are one dot with a count. */
const GROUP_RADIUS = 7;
const LABEL_HEIGHT = 13;
/** About the width of a character of the 11 px labels. */
const LABEL_CHARACTER = 6.4;

/**
 * X against Y membership with the diagonal, the parameters of fit for the chosen relation, and the
 * quadrant of cases deviant in kind shaded and counted. Cases on the same point are one dot with
 * their count; labels are placed where they overlap nothing (or left to the table); each dot is
 * reachable by keyboard (arrow keys move between dots) and says its cases and values. Every
 * number is also in a table below.
 */
export const XyPlot = withErrorBoundary(function XyPlot({ x, y, cases, xLabel, yLabel, relation = 'sufficiency', labelLimit = 24, className }: XyPlotProps) {
  const t = useTranslate(xyPlotMessages);
  const { locale } = useLocale();
  const titleId = useId();
  const descriptionId = useId();
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState(0);
  const [focusWithin, setFocusWithin] = useState(false);
  const dotRefs = useRef<(SVGGElement | null)[]>([]);
  const svgRef = useRef<SVGSVGElement>(null);
  const tickNumber = useMemo(() => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), [locale]);
  const list = useMemo(() => new Intl.ListFormat(locale, { type: 'conjunction' }), [locale]);
  const scaleX = useMemo(() => scaleLinear({ domain: [0, 1], range: [MARGIN.left, SIZE - MARGIN.right] }), []);
  const scaleY = useMemo(() => scaleLinear({ domain: [0, 1], range: [SIZE - MARGIN.bottom, MARGIN.top] }), []);
  const show = useFitFormat();
  // Left to right, then bottom to top: the order the arrow keys go through the dots.
  const groups = useMemo(() => {
    const grouped = groupPoints(x.map((value, index) => ({ x: scaleX(value), y: scaleY(y[index]!) })), GROUP_RADIUS);
    return grouped.sort((a, b) => a.x - b.x || b.y - a.y);
  }, [x, y, scaleX, scaleY]);
  const names = (group: PointGroup) => group.members.map((member) => cases[member]!);
  const labelText = (group: PointGroup) => {
    const joined = names(group).join(', ');
    return group.members.length === 1 || joined.length <= 12 ? joined : t('xy.group', { count: group.members.length });
  };
  const labels = useMemo(
    () =>
      groups.length > labelLimit
        ? groups.map(() => null)
        : placeLabels(
            groups.map((group) => ({ x: group.x, y: group.y, width: labelText(group).length * LABEL_CHARACTER })),
            // The larger dot of a group, so that no label covers a count.
            DOT + 3,
            LABEL_HEIGHT,
            { x: MARGIN.left, y: 0, width: SIZE - MARGIN.left, height: SIZE - MARGIN.bottom },
          ),
    // labelText reads the groups, the case names and the catalogue.
    [groups, labelLimit, t, cases],
  );

  if (x.length === 0) return <Notice tone="info" title={t('xy.empty')} />;

  const deviant = x.flatMap((value, index) => (relation === 'sufficiency' ? value > 0.5 && y[index]! < 0.5 : y[index]! > 0.5 && value < 0.5) ? [index] : []);
  const fitText =
    relation === 'sufficiency'
      ? (() => {
          const fit = sufficiencyFit(x, y);
          return t('xy.sufficiency', { incl: show(fit.inclS), cov: show(fit.covS) });
        })()
      : (() => {
          const fit = necessityFit(x, y);
          return t('xy.necessity', { incl: show(fit.inclN), cov: show(fit.covN), ron: show(fit.RoN) });
        })();
  // Deviant in kind: X > 0.5 and Y < 0.5 for sufficiency (lower right), the mirror for necessity.
  const quadrant = relation === 'sufficiency' ? { x0: 0.5, x1: 1, y0: 0, y1: 0.5 } : { x0: 0, x1: 0.5, y0: 0.5, y1: 1 };
  const deviantSet = new Set(deviant);
  // Cases that share a dot are read together where their values are equal, else each with its own.
  const describe = (group: PointGroup) => {
    const first = group.members[0]!;
    const same = group.members.every((member) => x[member] === x[first] && y[member] === y[first]);
    if (same) return t('xy.case', { case: list.format(names(group)), x: xLabel, xValue: show(x[first]!), y: yLabel, yValue: show(y[first]!) });
    return list.format(group.members.map((member) => t('xy.case', { case: cases[member]!, x: xLabel, xValue: show(x[member]!), y: yLabel, yValue: show(y[member]!) })));
  };
  // The dot under the pointer, else the one with keyboard focus: its cases and values are read out below the plot.
  const active = hovered ?? (focusWithin ? focused : null);
  const moveFocus = (to: number) => {
    const next = Math.max(0, Math.min(groups.length - 1, to));
    setFocused(next);
    dotRefs.current[next]?.focus();
  };

  return (
    <figure className={className ? `wf-xy ${className}` : 'wf-xy'} aria-labelledby={titleId}>
      <figcaption className="wf-xy__caption">
        <span className="wf-xy__title" id={titleId}>
          {t('xy.title', { x: xLabel, y: yLabel })}
        </span>
        <span className="wf-xy__fit">{fitText}</span>
        <span className="wf-xy__deviant">{t(`xy.deviant.${relation}`, { count: deviant.length, x: xLabel, y: yLabel })}</span>
      </figcaption>
      <p className="wf-xy__description" id={descriptionId}>
        {t('xy.description', { x: xLabel, y: yLabel })} {t('xy.keys')}
      </p>
      <div dir="ltr" className="wf-xy__figure">
        <svg ref={svgRef} viewBox={`0 0 ${SIZE} ${SIZE}`} className="wf-xy__plot" role="group" aria-labelledby={titleId} aria-describedby={descriptionId}>
          <Group>
            <rect
              x={scaleX(quadrant.x0)}
              y={scaleY(quadrant.y1)}
              width={scaleX(quadrant.x1) - scaleX(quadrant.x0)}
              height={scaleY(quadrant.y0) - scaleY(quadrant.y1)}
              className="wf-xy__quadrant"
            />
            {[0, 0.5, 1].map((tick) => (
              <g key={tick} aria-hidden="true">
                <line x1={scaleX(0)} x2={scaleX(1)} y1={scaleY(tick)} y2={scaleY(tick)} className="wf-xy__grid" />
                <line x1={scaleX(tick)} x2={scaleX(tick)} y1={scaleY(0)} y2={scaleY(1)} className="wf-xy__grid" />
                <text x={scaleX(tick)} y={SIZE - MARGIN.bottom + 16} textAnchor="middle" className="wf-xy__tick">
                  {tickNumber.format(tick)}
                </text>
                <text x={MARGIN.left - 8} y={scaleY(tick)} textAnchor="end" dominantBaseline="middle" className="wf-xy__tick">
                  {tickNumber.format(tick)}
                </text>
              </g>
            ))}
            <line x1={scaleX(0)} y1={scaleY(0)} x2={scaleX(1)} y2={scaleY(1)} className="wf-xy__diagonal" aria-hidden="true" />
            <text x={(scaleX(0) + scaleX(1)) / 2} y={SIZE - 8} textAnchor="middle" className="wf-xy__axis-label" aria-hidden="true">
              {xLabel}
            </text>
            <text x={14} y={(scaleY(0) + scaleY(1)) / 2} textAnchor="middle" transform={`rotate(-90 14 ${(scaleY(0) + scaleY(1)) / 2})`} className="wf-xy__axis-label" aria-hidden="true">
              {yLabel}
            </text>
            {groups.map((group, index) => {
              const label = labels[index];
              const count = group.members.length;
              return (
                <g
                  key={group.members[0]}
                  ref={(element) => {
                    dotRefs.current[index] = element;
                  }}
                  className="wf-xy__dot"
                  role="img"
                  aria-label={describe(group)}
                  tabIndex={index === Math.min(focused, groups.length - 1) ? 0 : -1}
                  onFocus={() => {
                    setFocused(index);
                    setFocusWithin(true);
                  }}
                  onBlur={() => setFocusWithin(false)}
                  onKeyDown={(event) => {
                    const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[event.key];
                    const jump = event.key === 'Home' ? -groups.length : event.key === 'End' ? groups.length : undefined;
                    if (step === undefined && jump === undefined) return;
                    event.preventDefault();
                    moveFocus(index + (step ?? jump!));
                  }}
                  onPointerEnter={() => setHovered(index)}
                  onPointerLeave={() => setHovered(null)}
                >
                  <circle cx={group.x} cy={group.y} r={count > 1 ? DOT + 3 : DOT} className="wf-xy__case" data-deviant={group.members.some((member) => deviantSet.has(member)) || undefined} />
                  {count > 1 && (
                    <text x={group.x} y={group.y} textAnchor="middle" dominantBaseline="central" className="wf-xy__count" aria-hidden="true">
                      {count}
                    </text>
                  )}
                  {label && (
                    <text x={label.x} y={label.y} textAnchor={label.anchor} className="wf-xy__label" aria-hidden="true">
                      {labelText(group)}
                    </text>
                  )}
                </g>
              );
            })}
          </Group>
        </svg>
        <p className="wf-xy__readout" aria-hidden="true">
          {active !== null && groups[active] ? describe(groups[active]) : '\u00a0'}
        </p>
      </div>
      <FigureExport svg={svgRef} fileName={`${fileName(xLabel, yLabel)}`} labels={{ svg: t('xy.export.svg'), png: t('xy.export.png'), failed: t('xy.export.failed') }} className="wf-xy__export" />
      <CaseTable
        summary={t('xy.table.summary', { count: x.length })}
        headers={[t('xy.table.case'), xLabel, yLabel]}
        rows={() => x.map((value, index) => ({ name: cases[index]!, values: [show(value), show(y[index]!)], flagged: deviantSet.has(index) }))}
      />
    </figure>
  );
});

export { xyPlotMessages, xyPlotMessagesEs } from './messages';
export type { XyPlotMessageKey } from './messages';
