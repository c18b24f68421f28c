import type { CompactSolution } from '@wayfinder/core/qca/compact-result';
import { expandModel } from '@wayfinder/core/qca/compact-result';
import type { ModelResult, SolutionFailure, SolutionResult, TermFitResult } from '@wayfinder/core/qca/reference';
import { useTranslate } from '@wayfinder/react/messages';
import { useId, useState } from 'react';
import { useFitFormat } from '../fit-format';
import { Notice } from '../notice';
import { Expression } from './expression';
import { solutionMessages } from './messages';
import { withErrorBoundary } from '../error-boundary';
import { LongList, usePrinting } from '../long-list';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';

export interface SolutionViewProps extends TitleOptions {
  /** Heading, e.g. "Parsimonious solution". */
  title: string;
  /** A solution of the engine's result (`result.solutions.parsimonious`), or its error. */
  solution?: SolutionResult | CompactSolution | { error: string; code?: SolutionFailure['code'] };
  /** The term whose rows the truth table shows; with `onSelectTerm`, terms become toggle buttons. */
  selectedTerm?: string | null;
  onSelectTerm?: (term: string | null) => void;
  /** The minimization is running; `progress` says which step, if known. */
  loading?: boolean;
  progress?: string;
  className?: string;
}

const MEASURES = ['inclS', 'PRI', 'covS', 'covU'] as const;

/** Remainder rows written out for one list (a model's assumptions, its easy or difficult counterfactuals): tens of thousands (16 conditions) would make the page hundreds of thousands of pixels tall. */
const ASSUMPTIONS_SHOWN = 100;

/**
 * Every model of a solution with its terms' parameters of fit as bars (numbers in text beside
 * them), essential terms marked, model ambiguity said out loud, the simplifying assumptions
 * each model makes, and those the negated outcome's solution makes too (contradictory ones). A
 * term can be picked to highlight its rows in a truth-table viewer.
 */
export const SolutionView = withErrorBoundary(function SolutionView({ title, solution, selectedTerm = null, onSelectTerm, loading = false, progress, className, headingLevel = 3, hideTitle = false }: SolutionViewProps) {
  const t = useTranslate(solutionMessages);
  const titleId = useId();
  const show = useFitFormat();

  let content;
  if (loading) content = <p className="wf-sol__empty" role="status">{progress ? t('solution.running', { step: progress }) : t('solution.loading')}</p>;
  else if (!solution) content = <p className="wf-sol__empty">{t('solution.empty')}</p>;
  else if ('error' in solution)
    content = (
      <Notice tone="warning" title={t('solution.none.title')}>
        <p>{solution.code ? t(`solution.failure.${solution.code}`) : solution.error}</p>
      </Notice>
    );
  else {
    const essential = new Set(solution.essential);
    const ambiguous = solution.models.length > 1;
    // Over 16 conditions a list can hold tens of thousands of rows: the first hundred are written out.
    const rowList = (rows: readonly number[], whole: 'solution.assumptions' | 'solution.counterfactualRows', first: 'solution.assumptionsFirst' | 'solution.counterfactualRowsFirst') =>
      rows.length > ASSUMPTIONS_SHOWN
        ? t(first, { count: rows.length, rows: rows.slice(0, ASSUMPTIONS_SHOWN).join(', '), more: rows.length - ASSUMPTIONS_SHOWN })
        : t(whole, { count: rows.length, rows: rows.join(', ') });
    const counterfactualRows = (rows: readonly number[], notListed = false) =>
      notListed ? t('solution.counterfactualRowsNotListed') : rowList(rows, 'solution.counterfactualRows', 'solution.counterfactualRowsFirst');
    const notEnumerated = solution.models_not_enumerated;
    const notProven = solution.minimal_size_not_proven;
    const stopped = solution.simplifying_assumptions_stopped_at;
    const stoppedAt = stopped ? solution.models.findIndex((model) => model.id === stopped.model) : -1;
    content = (
      <>
        <p className="wf-sol__count">{t(solution.irredundant_models ? 'solution.irredundant' : 'solution.models', { count: solution.models.length })}</p>
        {ambiguous && !solution.irredundant_models && <Notice tone="info" title={t('solution.ambiguity')} />}
        {notEnumerated && (
          <Notice
            tone="warning"
            title={
              notEnumerated.exact
                ? t('solution.notEnumerated', { count: notEnumerated.count })
                : notEnumerated.count > 0
                  ? t('solution.notEnumeratedAtLeast', { count: notEnumerated.count })
                  : t('solution.notEnumeratedUncounted')
            }
          />
        )}
        {solution.minimal_models_only && <Notice tone="info" title={t('solution.minimalModelsOnly')} />}
        {solution.contradictory_simplifying_assumptions_not_checked && <Notice tone="info" title={t('solution.contradictoryNotChecked')} />}
        {solution.stop_rule && (
          <Notice
            tone="info"
            title={t(solution.stop_rule.given === 'qca' ? 'solution.stopRule.qca' : 'solution.stopRule.allPrimes', {
              literals: solution.stop_rule.stopped_after,
              qcaModels: solution.stop_rule.qca_models,
              qcaTerms: solution.stop_rule.qca_model_terms,
              models: solution.stop_rule.all_primes_models,
              terms: solution.stop_rule.all_primes_model_terms,
            })}
          />
        )}
        {stopped && <Notice tone="info" title={t('solution.assumptionsStopped', { model: stopped.model, rows: stopped.rows })} />}
        {notProven && <Notice tone="warning" title={t('solution.notProvenBetween', { models: solution.models.length, terms: notProven.model_terms, bound: notProven.lower_bound })} />}
        {/* Thousands of models (the conservative solution of 200 cases can hold 3,432) come a page at a time. */}
        {/* A page holds about TERM_ROWS term rows: ten models of a few terms, or one model of hundreds. */}
        <LongList items={solution.models as readonly (ModelResult | CompactSolution['models'][number])[]} itemKey={(model) => model.id} pageSize={Math.max(1, Math.min(10, Math.floor(TERM_ROWS / Math.max(1, solution.models[0]?.terms.length ?? 1))))} className="wf-sol__models">
          {(shown, index) => {
            // Compact models are made whole only when their page is shown.
            const model = 'compactModels' in solution ? expandModel(solution, shown as CompactSolution['models'][number]) : (shown as ModelResult);
            const assumptions = solution.simplifying_assumptions?.[model.id];
            return (
              <article className="wf-sol__model" aria-labelledby={`${titleId}-${model.id}`}>
                <Heading level={headingLevel + 1} className="wf-sol__model-title" id={`${titleId}-${model.id}`}>
                  {ambiguous && <span className="wf-sol__model-id">{t('solution.model', { id: model.id })}: </span>}
                  <ModelExpression terms={model.terms} expression={model.expression} />
                </Heading>
                <p className="wf-sol__fit">{t('solution.fit', { inclS: show(model.fit.inclS), PRI: show(model.fit.PRI), covS: show(model.fit.covS) })}</p>
                {/* On a narrow screen the terms scroll in their own box, which the keyboard can reach. */}
                {/* Named by the solution and the model: two solutions on a page each have a model M1. */}
                <div className="wf-sol__scroll" role="region" aria-labelledby={`${titleId} ${titleId}-${model.id}`} tabIndex={0}>
                  <table className="wf-sol__terms">
                    <thead>
                      <tr>
                        <th scope="col">{t('solution.term')}</th>
                        {MEASURES.map((measure) => (
                          <th scope="col" key={measure}>
                            {t(`solution.${measure}`)}
                          </th>
                        ))}
                        <th scope="col">{t('solution.cases')}</th>
                      </tr>
                    </thead>
                    <TermRows fits={model.term_fit} essential={essential} ambiguous={ambiguous} selectedTerm={selectedTerm} onSelectTerm={onSelectTerm} show={show} />
                  </table>
                </div>
                {assumptions && (
                  <p className="wf-sol__assumptions">{rowList(assumptions, 'solution.assumptions', 'solution.assumptionsFirst')}</p>
                )}
                {stoppedAt >= 0 && index >= stoppedAt && <p className="wf-sol__assumptions">{t('solution.assumptionsPastStop')}</p>}
                {solution.simplifying_assumptions_not_listed?.[model.id] !== undefined && (
                  <p className="wf-sol__assumptions">{t('solution.assumptionsNotListed', { limit: solution.simplifying_assumptions_not_listed[model.id]! })}</p>
                )}
              </article>
            );
          }}
        </LongList>
        {solution.contradictory_simplifying_assumptions && solution.contradictory_simplifying_assumptions.length > 0 && (
          <Notice
            tone="warning"
            title={t('solution.contradictory', {
              count: solution.contradictory_simplifying_assumptions.length,
              rows: solution.contradictory_simplifying_assumptions.join(', '),
            })}
          />
        )}
        {solution.easy_counterfactuals && (
          <p className="wf-sol__assumptions">
            {t('solution.counterfactualLists', {
              easy: counterfactualRows(solution.easy_counterfactuals, solution.counterfactuals_not_listed?.easy),
              difficult: counterfactualRows(solution.difficult_counterfactuals ?? [], solution.counterfactuals_not_listed?.difficult),
            })}
          </p>
        )}
      </>
    );
  }
  return (
    <section className={className ? `wf-sol ${className}` : 'wf-sol'} aria-labelledby={titleId} aria-busy={loading || undefined}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} className="wf-sol__title" id={titleId}>
        {title}
      </Heading>
      {content}
    </section>
  );
});

/** Terms a model's heading writes out; the table below lists them all. A conservative model of 20 cases over 20 conditions was 12,000 px of heading at 360 px. */
const HEADING_TERMS = 10;

/** A model's expression for its heading: whole, or its first terms and how many more the table lists (whole when printing). */
function ModelExpression({ terms, expression }: { terms: readonly string[]; expression: string }) {
  const t = useTranslate(solutionMessages);
  const printing = usePrinting();
  if (printing || terms.length <= HEADING_TERMS) return <Expression className="wf-sol__expression" text={expression} />;
  return (
    <>
      <Expression className="wf-sol__expression" text={terms.slice(0, HEADING_TERMS).join(' + ')} />{' '}
      <span className="wf-sol__heading-more">{t('solution.headingMoreTerms', { count: terms.length - HEADING_TERMS })}</span>
    </>
  );
}

/** Term rows a model shows at first and adds on each request: a model of hundreds of terms would otherwise be thousands of cells at once. */
const TERM_ROWS = 40;

/** A model's terms, the first TERM_ROWS of them and then more on request (all of them on paper). */
function TermRows({ fits, essential, ambiguous, selectedTerm, onSelectTerm, show }: { fits: readonly TermFitResult[]; essential: ReadonlySet<string>; ambiguous: boolean; selectedTerm: string | null; onSelectTerm: ((term: string | null) => void) | undefined; show: (value: number | null) => string }) {
  const t = useTranslate(solutionMessages);
  const [shown, setShown] = useState(TERM_ROWS);
  const printing = usePrinting();
  const rest = printing ? 0 : fits.length - shown;
  return (
    <tbody>
      {fits.slice(0, printing ? fits.length : shown).map((fit) => (
        <TermRow key={fit.term} fit={fit} essential={essential.has(fit.term) && ambiguous} selected={selectedTerm === fit.term} onSelect={onSelectTerm} show={show} />
      ))}
      {rest > 0 && (
        <tr className="wf-sol__more-terms">
          <td colSpan={MEASURES.length + 2}>
            <button type="button" className="wf-button" onClick={() => setShown((count) => count + TERM_ROWS)}>
              {t('solution.moreTerms', { count: Math.min(rest, TERM_ROWS), rest })}
            </button>
          </td>
        </tr>
      )}
    </tbody>
  );
}

function TermRow({
  fit,
  essential,
  selected,
  onSelect,
  show,
}: {
  fit: TermFitResult;
  essential: boolean;
  selected: boolean;
  onSelect: ((term: string | null) => void) | undefined;
  show: (value: number | null) => string;
}) {
  const t = useTranslate(solutionMessages);
  const label = (
    <>
      <code>{fit.term}</code>
      {/* A space, so that the term and the badge read as two words (the button's name says both). */}
      {essential && ' '}
      {essential && (
        <span className="wf-sol__essential" title={t('solution.essentialHint')}>
          {t('solution.essential')}
        </span>
      )}
    </>
  );
  return (
    <tr data-selected={selected || undefined}>
      <th scope="row">
        {onSelect ? (
          <button
            type="button"
            className="wf-sol__term-button"
            aria-pressed={selected}
            aria-label={`${fit.term}${essential ? ` ${t('solution.essential')}` : ''}. ${t('solution.select', { term: fit.term })}`}
            onClick={() => onSelect(selected ? null : fit.term)}
          >
            {label}
          </button>
        ) : (
          label
        )}
      </th>
      {MEASURES.map((measure) => {
        const value = fit[measure];
        return (
          <td key={measure} className="wf-sol__measure">
            <span className="wf-sol__bar" aria-hidden="true">
              <span className="wf-sol__bar-fill" data-measure={measure} style={{ inlineSize: `${Math.max(0, Math.min(1, value ?? 0)) * 100}%` }} />
            </span>
            <span className="wf-sol__value">{show(value)}</span>
          </td>
        );
      })}
      <td className="wf-sol__cases">{fit.cases}</td>
    </tr>
  );
}

export { solutionMessages, solutionMessagesEs } from './messages';
export type { SolutionMessageKey } from './messages';
export type { ModelResult, SolutionResult, TermFitResult } from '@wayfinder/core/qca/reference';
