import { necessityFit, sufficiencyFit } from '@wayfinder/core/qca/fit';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { useId, useMemo, useState } from 'react';
import { CaseTable } from '../case-table';
import { Notice } from '../notice';
import { xyPlotMessages } from './messages';
import { withErrorBoundary } from '../error-boundary';

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

const SIZE = 420;
const MARGIN = 40;

/**
 * X against Y membership with the diagonal, the parameters of fit for the chosen relation, and the
 * quadrant of cases deviant in kind shaded and counted. Every number is also in a table below.
 */
export const XyPlot = withErrorBoundary(function XyPlot({ x, y, cases, xLabel, yLabel, relation = 'sufficiency', labelLimit = 24, className }: XyPlotProps) {
  const t = useTranslate(xyPlotMessages);
  const { locale } = useLocale();
  const titleId = useId();
  const descriptionId = useId();
  const [hovered, setHovered] = useState<number | null>(null);
  const number = useMemo(() => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 3 }), [locale]);
  const scaleX = useMemo(() => scaleLinear({ domain: [0, 1], range: [MARGIN, SIZE - MARGIN / 2] }), []);
  const scaleY = useMemo(() => scaleLinear({ domain: [0, 1], range: [SIZE - MARGIN, MARGIN / 2] }), []);
  const show = (value: number | null) => (value === null ? '–' : number.format(value));

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
        {t('xy.description', { x: xLabel, y: yLabel })}
      </p>
      <div dir="ltr" className="wf-xy__figure">
        <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="wf-xy__plot" role="img" aria-labelledby={titleId} aria-describedby={descriptionId}>
          <Group>
            <rect
              x={scaleX(quadrant.x0)}
              y={scaleY(quadrant.y1)}
              width={scaleX(quadrant.x1) - scaleX(quadrant.x0)}
              height={scaleY(quadrant.y0) - scaleY(quadrant.y1)}
              className="wf-xy__quadrant"
            />
            {[0, 0.5, 1].map((tick) => (
              <g key={tick}>
                <line x1={scaleX(0)} x2={scaleX(1)} y1={scaleY(tick)} y2={scaleY(tick)} className="wf-xy__grid" />
                <line x1={scaleX(tick)} x2={scaleX(tick)} y1={scaleY(0)} y2={scaleY(1)} className="wf-xy__grid" />
                <text x={scaleX(tick)} y={SIZE - MARGIN + 16} textAnchor="middle" className="wf-xy__tick">
                  {number.format(tick)}
                </text>
                <text x={MARGIN - 6} y={scaleY(tick)} textAnchor="end" dominantBaseline="middle" className="wf-xy__tick">
                  {number.format(tick)}
                </text>
              </g>
            ))}
            <line x1={scaleX(0)} y1={scaleY(0)} x2={scaleX(1)} y2={scaleY(1)} className="wf-xy__diagonal" />
            <text x={(scaleX(0) + scaleX(1)) / 2} y={SIZE - 4} textAnchor="middle" className="wf-xy__axis-label">
              {xLabel}
            </text>
            <text x={12} y={(scaleY(0) + scaleY(1)) / 2} textAnchor="middle" transform={`rotate(-90 12 ${(scaleY(0) + scaleY(1)) / 2})`} className="wf-xy__axis-label">
              {yLabel}
            </text>
            {x.map((value, index) => {
              const cx = scaleX(value);
              const cy = scaleY(y[index]!);
              const labelled = x.length <= labelLimit || hovered === index;
              return (
                <g key={index} onPointerEnter={() => setHovered(index)} onPointerLeave={() => setHovered(null)}>
                  <circle cx={cx} cy={cy} r={5} className="wf-xy__case" data-deviant={deviantSet.has(index) || undefined} />
                  {labelled && (
                    <text x={cx + 7} y={cy - 6} className="wf-xy__label">
                      {cases[index]}
                    </text>
                  )}
                </g>
              );
            })}
          </Group>
        </svg>
      </div>
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
