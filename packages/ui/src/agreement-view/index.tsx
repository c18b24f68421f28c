import type { Coding, CodeAgreement, Kappa } from '@wayfinder/core/logics';
import { coderAgreement, codersOf, kappaStrength } from '@wayfinder/core/logics';
import { useControllableState } from '@wayfinder/react/controllable-state';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { useId, useMemo } from 'react';
import { Notice } from '../notice';
import { agreementMessages } from './messages';
import { withErrorBoundary } from '../error-boundary';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';

export interface AgreementViewProps extends TitleOptions {
  coding: Pick<Coding, 'scheme' | 'respondents' | 'segments' | 'counts'>;
  /** The two coders compared; by default the first two in the material. */
  coders?: readonly [string, string];
  defaultCoders?: readonly [string, string];
  onCodersChange?: (coders: readonly [string, string]) => void;
  /** Percent agreement a code should reach (the published study held 90%). */
  target?: number;
  /** The grid's logics, to find whom a disagreement moves; by default the scheme's first two. */
  x?: string;
  y?: string;
  className?: string;
}

const SCORE_LABELS = ['−1', '0', '+1'];

/**
 * How far two coders agree, per code and overall (percent agreement and Cohen's kappa on each
 * respondent's code scores), the scores side by side, and whom the disagreements would move to
 * another cell or quadrant of the logic-score grid.
 */
export const AgreementView = withErrorBoundary(function AgreementView({ coding, target = 0.9, x, y, className, headingLevel = 3, hideTitle = false, ...control }: AgreementViewProps) {
  const t = useTranslate(agreementMessages);
  const { locale } = useLocale();
  const titleId = useId();
  const known = useMemo(() => codersOf(coding), [coding]);
  const [coders, setCoders] = useControllableState<readonly [string, string]>({
    value: control.coders,
    defaultValue: control.defaultCoders ?? [known[0] ?? '', known[1] ?? ''],
    onChange: control.onCodersChange,
  });
  // Coders chosen before the material had them (or no longer in it) give way to ones it has, a different one for the second.
  const a = known.includes(coders[0]) ? coders[0] : (known[0] ?? '');
  const b = known.includes(coders[1]) ? coders[1] : (known.find((coder) => coder !== a) ?? '');
  const result = useMemo(() => (a && b && a !== b ? coderAgreement(coding, a, b, { x, y }) : null), [coding, a, b, x, y]);
  const percent = useMemo(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }), [locale]);
  const decimal = useMemo(() => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }), [locale]);
  const signed = useMemo(() => new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }), [locale]);
  const kappaText = (kappa: Kappa<unknown>) => (kappa.kappa === null ? t('agreement.undefined') : decimal.format(kappa.kappa));
  const strengthText = (kappa: Kappa<unknown>) => (kappa.kappa === null ? '–' : t('agreement.strength', { strength: kappaStrength(kappa.kappa) }));
  const names = (ids: readonly string[]) => ids.map((id) => coding.respondents.find((respondent) => respondent.label && respondent.id === id)?.label ?? id).join(', ');

  const picker = (index: 0 | 1) => (
    <label className="wf-agree__field">
      {t(index === 0 ? 'agreement.coderA' : 'agreement.coderB')}
      <select value={index === 0 ? a : b} onChange={(event) => setCoders(index === 0 ? [event.currentTarget.value, b] : [a, event.currentTarget.value])}>
        {known.map((coder) => (
          <option key={coder} value={coder}>
            {coder || '—'}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className={className ? `wf-agree ${className}` : 'wf-agree'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId} className="wf-agree__title">
        {t('agreement.title')}
      </Heading>
      {known.length >= 2 && (
        <div className="wf-agree__pickers">
          {picker(0)}
          {picker(1)}
        </div>
      )}
      {!result ? (
        <Notice tone="info" title={t('agreement.needTwo', { count: known.length, coders: known.join(', ') })} />
      ) : result.respondents.length === 0 ? (
        <Notice tone="info" title={t('agreement.none', { a, b })} />
      ) : (
        <>
          <p className="wf-agree__overall">
            {t('agreement.overall', {
              percent: percent.format(result.overall.observed!),
              kappa: kappaText(result.overall),
              strength: strengthText(result.overall),
              units: result.overall.n,
              respondents: result.respondents.length,
            })}{' '}
            <strong data-met={result.overall.observed! >= target}>{t('agreement.target', { met: result.overall.observed! >= target ? 'yes' : 'no', target: percent.format(target) })}</strong>
          </p>
          <CodeTable codes={result.codes} target={target} percent={percent} kappaText={kappaText} strengthText={strengthText} />
          {result.codes.some((entry) => entry.kappa.kappa === null) && <p className="wf-agree__note">{t('agreement.undefinedNote')}</p>}
          <details className="wf-agree__matrices">
            <summary>{t('agreement.matrix')}</summary>
            {result.codes.map((entry) => (
              <table key={entry.code.id} className="wf-agree__matrix">
                <caption>{t('agreement.matrixCaption', { code: entry.code.label, a, b })}</caption>
                <thead>
                  <tr>
                    <td />
                    {SCORE_LABELS.map((label) => (
                      <th scope="col" key={label}>
                        {label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {entry.kappa.matrix.map((row, i) => (
                    <tr key={i}>
                      <th scope="row">{SCORE_LABELS[i]}</th>
                      {row.map((count, j) => (
                        <td key={j} data-diagonal={i === j || undefined}>
                          {count}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </details>
          <div className="wf-agree__moves">
            <Heading level={headingLevel + 1}>{t('agreement.moves.title', { count: result.moves.length })}</Heading>
            {result.moves.length > 0 && (
              <ul>
                {result.moves.map((move) => (
                  <li key={move.respondent.id} data-quadrant={move.quadrantChanged || undefined}>
                    {t('agreement.move', { name: move.respondent.label || move.respondent.id, a, ax: signed.format(move.a.x), ay: signed.format(move.a.y), b, bx: signed.format(move.b.x), by: signed.format(move.b.y) })}
                    {' — '}
                    <span className="wf-agree__kind">{t('agreement.moveKind', { quadrant: move.quadrantChanged ? 'yes' : 'no' })}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          {result.onlyA.length > 0 && <p className="wf-agree__note">{t('agreement.only', { count: result.onlyA.length, coder: a, names: names(result.onlyA) })}</p>}
          {result.onlyB.length > 0 && <p className="wf-agree__note">{t('agreement.only', { count: result.onlyB.length, coder: b, names: names(result.onlyB) })}</p>}
        </>
      )}
    </section>
  );
});

interface CodeTableProps {
  codes: readonly CodeAgreement[];
  target: number;
  percent: Intl.NumberFormat;
  kappaText: (kappa: Kappa<unknown>) => string;
  strengthText: (kappa: Kappa<unknown>) => string;
}

function CodeTable({ codes, target, percent, kappaText, strengthText }: CodeTableProps) {
  const t = useTranslate(agreementMessages);
  const captionId = useId();
  // Wider than a phone: the table scrolls in its own box, which the keyboard can reach.
  return (
    <div className="wf-agree__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="wf-agree__table">
        <caption id={captionId}>{t('agreement.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agreement.logic')}</th>
            <th scope="col">{t('agreement.code')}</th>
            <th scope="col">{t('agreement.n')}</th>
            <th scope="col">{t('agreement.percent')}</th>
            <th scope="col">{t('agreement.kappa')}</th>
            <th scope="col">{t('agreement.reading')}</th>
          </tr>
        </thead>
        <tbody>
          {codes.map(({ code, logic, kappa }) => {
            const below = kappa.observed !== null && kappa.observed < target;
            return (
              <tr key={code.id} data-below={below || undefined}>
                <td>{logic.label}</td>
                <th scope="row">{code.label}</th>
                <td>{kappa.n}</td>
                <td>
                  {kappa.observed === null ? '–' : percent.format(kappa.observed)}
                  {below && <span className="wf-agree__below"> ({t('agreement.belowTarget')})</span>}
                </td>
                <td>{kappaText(kappa)}</td>
                <td>{strengthText(kappa)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export { agreementMessages, agreementMessagesEs } from './messages';
export type { AgreementMessageKey } from './messages';
