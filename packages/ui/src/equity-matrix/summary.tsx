import type { EquityMatrix, Strength } from '@wayfinder/core/logics/matrix';
import { summarizeMatrix } from '@wayfinder/core/logics/matrix';
import { visuallyHidden } from '@wayfinder/react/announcer';
import { useTranslate } from '@wayfinder/react/messages';
import type { CSSProperties } from 'react';
import { useId, useMemo } from 'react';
import { equityMatrixMessages } from './messages';
import { withErrorBoundary } from '../error-boundary';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';

/** A strength as filled dots, with its word for screen readers. */
export function StrengthDots({ strength }: { strength: Strength }) {
  const t = useTranslate(equityMatrixMessages);
  return (
    <span className="wf-matrix__dots" data-strength={strength}>
      <span aria-hidden="true">{'●'.repeat(strength) + '○'.repeat(3 - strength)}</span>
      <span style={visuallyHidden}>{t('matrix.strength', { strength })}</span>
    </span>
  );
}

export interface EquityMatrixSummaryProps extends TitleOptions {
  matrix: Pick<EquityMatrix, 'scheme' | 'networks'>;
  /** Dimensions (on both axes) a network must draw on to count as wide; ¾ of the dimensions by default. */
  wideAt?: number;
  className?: string;
}

/**
 * Across networks: which draw on a wide range of equity logics and which stay on the dominant
 * axis, each network's strongest presence per dimension, and how many networks fill each cell.
 */
export const EquityMatrixSummary = withErrorBoundary(function EquityMatrixSummary({ matrix, wideAt, className, headingLevel = 4, hideTitle = false }: EquityMatrixSummaryProps) {
  const t = useTranslate(equityMatrixMessages);
  const titleId = useId();
  const summary = useMemo(() => summarizeMatrix(matrix, { wideAt }), [matrix, wideAt]);
  const { dimensions, aspects } = matrix.scheme;
  const total = matrix.networks.length;
  return (
    <section className={className ? `wf-matrix-summary ${className}` : 'wf-matrix-summary'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId}>{t('matrix.summary.title')}</Heading>
      <p className="wf-matrix__sentence">
        {t('matrix.summary.sentence', { wide: summary.reachCounts.wide, total, wideAt: summary.wideAt, dominant: summary.reachCounts['dominant-only'] })}
      </p>
      <p className="wf-matrix__caption" id={`${titleId}-summary`}>
        {t('matrix.summary.caption')}
      </p>
      <div className="wf-matrix__scroll" tabIndex={0} role="region" aria-labelledby={`${titleId}-summary`}>
        <table className="wf-matrix__table" aria-labelledby={`${titleId}-summary`}>
          <thead>
            <tr>
              <th scope="col">{t('matrix.network')}</th>
              {dimensions.map((dimension) => (
                <th scope="col" key={dimension.id} data-axis={dimension.axis}>
                  {dimension.label}
                </th>
              ))}
              <th scope="col">{t('matrix.summary.reach')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.networks.map((entry) => (
              <tr key={entry.network.id} data-reach={entry.reach}>
                <th scope="row">{entry.network.name || entry.network.id}</th>
                {dimensions.map((dimension) => (
                  <td key={dimension.id}>
                    <StrengthDots strength={entry.strongest[dimension.id] ?? 0} />
                  </td>
                ))}
                <td className="wf-matrix__reach">{t('matrix.reach', { reach: entry.reach })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="wf-matrix__caption" id={`${titleId}-counts`}>
        {t('matrix.counts.caption')}
      </p>
      <div className="wf-matrix__scroll" tabIndex={0} role="region" aria-labelledby={`${titleId}-counts`}>
        <table className="wf-matrix__table wf-matrix__counts" aria-labelledby={`${titleId}-counts`}>
          <thead>
            <tr>
              <td />
              {aspects.map((aspect) => (
                <th scope="col" key={aspect.id}>
                  {aspect.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dimensions.map((dimension) => (
              <tr key={dimension.id}>
                <th scope="row" data-axis={dimension.axis}>
                  {dimension.label}
                </th>
                {aspects.map((aspect) => {
                  const count = summary.cellCounts[dimension.id]![aspect.id]!;
                  return (
                    <td key={aspect.id} className="wf-matrix__count" style={{ '--wf-matrix-share': total ? count / total : 0 } as CSSProperties}>
                      {t('matrix.counts.cell', { count, total })}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
