import { rowValues } from '@wayfinder/core/qca/truth-table';
import { useTranslate } from '@wayfinder/react/messages';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useId, useMemo, useRef, useState } from 'react';
import { withErrorBoundary } from '../error-boundary';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';
import { Notice } from '../notice';
import { FigureExport } from '../figure-export';
import { MAX_VENN_SETS, rowAtPixel, VENN_SIZE, vennLayout } from './layout';
import { vennMessages } from './messages';

export interface VennRow {
  /** The truth-table row id (QCA's numbering: the first condition most significant). */
  id: number;
  OUT: string;
  n: number;
  cases: readonly string[];
}

export interface VennDiagramProps extends Pick<TitleOptions, 'headingLevel'> {
  /** The table's conditions, in its order; up to 7, each present or absent (two levels). */
  conditions: readonly { name: string; levels: number }[];
  /** The rows with cases (or an OUT); every other combination is a remainder. */
  rows: readonly VennRow[];
  /** A term to outline, as levels per condition (-1: not in the term), e.g. a solution term picked elsewhere. */
  highlightTerm?: readonly number[];
  highlightLabel?: string;
  /** Called with a row chosen by click or Enter: show it in the table. */
  onSelectRow?: (row: number) => void;
  className?: string;
}

const FILL: Record<string, string> = { '1': 'positive', '0': 'negative', C: 'contradiction' };

/** Row `id`'s presence (1) or absence (0) of each of `n` conditions, first condition first, as the truth table numbers rows. */
const rowBits = (id: number, n: number) => rowValues(id, new Array<number>(n).fill(2));

/**
 * The truth table as a Venn diagram, for up to seven conditions: each region a row, coloured by its
 * OUT and labelled with its cases, the rows of a chosen term outlined. Regions are chosen by click
 * or from the keyboard (arrow keys move through the rows, Enter shows one in the table), and the
 * diagram downloads as SVG and PNG. Every combination is one connected region (circles up to three
 * conditions, Edwards' construction from four).
 */
export const VennDiagram = withErrorBoundary(function VennDiagram({ conditions, rows, highlightTerm, highlightLabel, onSelectRow, headingLevel = 3, className }: VennDiagramProps) {
  const t = useTranslate(vennMessages);
  const uid = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const titleId = `${uid}-title`;
  const captionId = `${uid}-caption`;
  const svgRef = useRef<SVGSVGElement>(null);
  const [active, setActive] = useState<number | null>(null);
  const n = conditions.length;
  const drawable = n >= 1 && n <= MAX_VENN_SETS && conditions.every((condition) => condition.levels === 2);
  const layout = useMemo(() => (drawable ? vennLayout(n) : null), [drawable, n]);
  const byId = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  const total = 2 ** n;

  const title = (
    <Heading level={headingLevel} id={titleId}>
      {t('venn.title')}
    </Heading>
  );
  if (!layout) {
    const multi = conditions.filter((condition) => condition.levels !== 2).map((condition) => condition.name);
    return (
      <section className={className ? `wf-venn ${className}` : 'wf-venn'} aria-labelledby={titleId}>
        {title}
        <Notice tone="info" title={n > MAX_VENN_SETS ? t('venn.tooMany', { most: MAX_VENN_SETS, count: n }) : t('venn.multiValue', { names: multi.join(', '), count: multi.length })} />
      </section>
    );
  }

  const termOf = (id: number) =>
    rowBits(id, n)
      .map((bit, j) => (bit ? conditions[j]!.name : `~${conditions[j]!.name}`))
      .join('*');
  const describe = (id: number) => {
    const row = byId.get(id);
    const cases = row?.cases ?? [];
    return t('venn.row', { row: id, term: termOf(id), out: row?.OUT ?? '?', count: row?.n ?? 0, cases: cases.length > 0 ? t('venn.cases', { cases: cases.join(', ') }) : '' });
  };
  const highlighted = highlightTerm ? Array.from({ length: total }, (_, index) => index + 1).filter((id) => rowBits(id, n).every((bit, j) => highlightTerm[j] === undefined || highlightTerm[j]! < 0 || highlightTerm[j] === bit)) : [];

  // A region is the intersection of each set (inside) or its complement (the frame minus it): a
  // chain of clip paths, each clipped by the next, shared between regions with the same ending.
  const clips = new Map<string, ReactNode>();
  const frame = `M0,0H${VENN_SIZE}V${VENN_SIZE}H0Z`;
  const clipOf = (id: number): string => {
    const bits = rowBits(id, n);
    for (let k = n - 1; k >= 0; k -= 1) {
      const key = `${uid}-c${k}-${bits.slice(k).join('')}`;
      if (clips.has(key)) continue;
      const next = k < n - 1 ? `url(#${uid}-c${k + 1}-${bits.slice(k + 1).join('')})` : undefined;
      clips.set(
        key,
        <clipPath key={key} id={key} clipPath={next}>
          <path d={bits[k] ? layout.outlines[k] : `${frame}${layout.outlines[k]}`} clipRule="evenodd" />
        </clipPath>,
      );
    }
    return `url(#${uid}-c0-${bits.join('')})`;
  };
  const region = (id: number, className: string) => <rect key={`${className}-${id}`} width={VENN_SIZE} height={VENN_SIZE} clipPath={clipOf(id)} className={className} />;

  const move = (event: KeyboardEvent) => {
    const current = active ?? 1;
    const next = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 1, End: total }[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setActive(Math.min(total, Math.max(1, next)));
    } else if ((event.key === 'Enter' || event.key === ' ') && active !== null) {
      event.preventDefault();
      onSelectRow?.(active);
    }
  };
  const rowAtPointer = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return rowAtPixel(n, ((event.clientX - box.left) / box.width) * VENN_SIZE, ((event.clientY - box.top) / box.height) * VENN_SIZE);
  };

  return (
    <section className={className ? `wf-venn ${className}` : 'wf-venn'} aria-labelledby={titleId}>
      {title}
      <p className="wf-venn__help">{t('venn.keys')}</p>
      <div className="wf-venn__body">
        <div className="wf-venn__figure" tabIndex={0} role="group" aria-labelledby={titleId} aria-describedby={captionId} onKeyDown={move} onFocus={() => setActive((current) => current ?? 1)}>
          <svg
            ref={svgRef}
            viewBox={`0 0 ${VENN_SIZE} ${VENN_SIZE}`}
            className="wf-venn__svg"
            aria-hidden="true"
            aria-labelledby={titleId}
            onMouseMove={(event) => setActive(rowAtPointer(event))}
            onClick={(event) => {
              const row = rowAtPointer(event);
              setActive(row);
              onSelectRow?.(row);
            }}
          >
            <rect width={VENN_SIZE} height={VENN_SIZE} className="wf-venn__frame" />
            {rows.filter((row) => FILL[row.OUT]).map((row) => region(row.id, `wf-venn__region wf-venn__region--${FILL[row.OUT]}`))}
            {highlighted.map((id) => region(id, 'wf-venn__highlight'))}
            {active !== null && region(active, 'wf-venn__active')}
            <defs>
              {[...clips.values()]}
              <pattern id={`${uid}-hatch`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1={0} y1={0} x2={0} y2={6} className="wf-venn__hatch" />
              </pattern>
            </defs>
            {highlighted.length > 0 && <g fill={`url(#${uid}-hatch)`}>{highlighted.map((id) => region(id, 'wf-venn__hatched'))}</g>}
            {layout.outlines.map((outline, index) => (
              <path key={index} d={outline} className={`wf-venn__set wf-venn__set--${index}`} />
            ))}
            {layout.names.map((spot, index) => (
              <text key={`name-${index}`} x={spot.x} y={spot.y} textAnchor={spot.anchor} className={`wf-venn__name wf-venn__name--${index}`}>
                {conditions[index]!.name}
              </text>
            ))}
            {[...layout.labels].map(([id, label]) => {
              const count = byId.get(id)?.n ?? 0;
              if (count === 0 || label.room < 6) return null;
              return (
                <text key={id} x={label.x} y={label.y} className="wf-venn__count" fontSize={Math.min(14, label.room * 1.6)}>
                  {count}
                </text>
              );
            })}
          </svg>
        </div>
        <div className="wf-venn__side">
          <p id={captionId} className="wf-venn__caption" aria-live="polite">
            {active !== null ? describe(active) : ''}
          </p>
          {highlightLabel && highlighted.length > 0 && <p className="wf-venn__help">{t('venn.highlight', { term: highlightLabel })}</p>}
          <dl className="wf-venn__legend">
            <dt>{t('venn.legend.out')}</dt>
            {(['positive', 'negative', 'contradiction', 'remainder'] as const).map((kind) => (
              <dd key={kind}>
                <span className={`wf-venn__swatch wf-venn__region--${kind}`} aria-hidden="true" />
                {t(`venn.legend.${kind}`)}
              </dd>
            ))}
            <dt>{t('venn.legend.sets')}</dt>
            {conditions.map((condition, index) => (
              <dd key={condition.name}>
                <svg width={28} height={10} aria-hidden="true">
                  <line x1={0} x2={28} y1={5} y2={5} className={`wf-venn__set wf-venn__set--${index}`} />
                </svg>
                {condition.name}
              </dd>
            ))}
          </dl>
        </div>
      </div>
      <FigureExport svg={svgRef} fileName="venn-diagram" labels={{ svg: t('venn.export.svg'), png: t('venn.export.png'), failed: t('venn.export.failed') }} className="wf-venn__export" tone="warning" />
    </section>
  );
});

export { vennMessages, vennMessagesEs } from './messages';
export type { VennMessageKey } from './messages';
