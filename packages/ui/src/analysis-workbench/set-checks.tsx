import type { WayfinderError } from '@wayfinder/core/errors';
import { isWayfinderError } from '@wayfinder/core/errors';
import { fitOfTerms, productMemberships, unionMembership } from '@wayfinder/core/qca/fit';
import type { QcaClient } from '@wayfinder/core/qca/client';
import type { NecessityRow, SuperSubsetResult } from '@wayfinder/core/qca/necessity';
import { necessityOfConditions } from '@wayfinder/core/qca/necessity';
import type { TruthTable } from '@wayfinder/core/qca/truth-table';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { useId, useMemo, useState } from 'react';
import { useFitFormat } from '../fit-format';
import { Notice } from '../notice';
import { Heading } from '../heading';
import { workbenchMessages } from './messages';
import { TaskControls, useWorkerTask } from './worker-task';
import { NumberField } from './parameters';

/** A set to plot against the outcome: its expression and the relation read from it (memberships come from the current table). */
export interface PlottedSet {
  label: string;
  relation: 'sufficiency' | 'necessity';
}

/** Each case's membership in a sum of products over `table`, or null if the expression does not read there (the conditions changed). */
export function expressionMembership(table: TruthTable, expression: string): number[] | null {
  try {
    return unionMembership(productMemberships(table, [expression]), table.cases.length);
  } catch (problem) {
    if (isWayfinderError(problem)) return null;
    throw problem;
  }
}

type NecessityColumn = 'term' | 'inclN' | 'RoN' | 'covN';

/** Rows of necessity fit, sortable by any column; each term's button plots it against the outcome in the necessity orientation. */
function NecessityFits({ rows, termLabel, label, onPlot }: { rows: readonly NecessityRow[]; termLabel: string; label: { labelledBy: string } | { label: string }; onPlot: (plot: PlottedSet) => void }) {
  const t = useTranslate(workbenchMessages);
  const show = useFitFormat();
  const [sort, setSort] = useState<{ column: NecessityColumn; descending: boolean } | null>(null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const value = (row: NecessityRow) => (sort.column === 'term' ? row.term : (row[sort.column] ?? -1));
    return [...rows].sort((a, b) => {
      const [left, right] = [value(a), value(b)];
      const order = typeof left === 'string' ? left.localeCompare(right as string) : left - (right as number);
      return sort.descending ? -order : order;
    });
  }, [rows, sort]);
  const header = (column: NecessityColumn, text: string) => (
    <th scope="col" aria-sort={sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="wf-workbench__sort" onClick={() => setSort((previous) => ({ column, descending: previous?.column === column ? !previous.descending : column !== 'term' }))}>
        {text}
        <span aria-hidden="true">{sort?.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  return (
    <div className="wf-scroll-hint wf-workbench__scroll" role="region" {...('labelledBy' in label ? { 'aria-labelledby': label.labelledBy } : { 'aria-label': label.label })} tabIndex={0}>
      <table className="wf-workbench__fits">
        <thead>
          <tr>
            {header('term', termLabel)}
            {header('inclN', t('workbench.fit.inclN'))}
            {header('RoN', t('workbench.fit.RoN'))}
            {header('covN', t('workbench.fit.covN'))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.term}>
              <th scope="row">
                <button type="button" className="wf-workbench__plot" onClick={() => onPlot({ label: row.term, relation: 'necessity' })} aria-label={t('workbench.plot', { term: row.term })}>
                  <code>{row.term}</code>
                </button>
              </th>
              <td>{show(row.inclN)}</td>
              <td>{show(row.RoN)}</td>
              <td>{show(row.covN)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Necessity of each condition and its negation (inclN, RoN, covN), then, on request, the
 * conjunctions and disjunctions QCA's superSubset finds necessary (searched in the worker within
 * its bound of work, with Stop). Every table sorts by any column (the engine's order until asked),
 * and each term's button plots it against the outcome in the necessity orientation.
 */
export function NecessityTable({ table, level, onPlot, client }: { table: TruthTable; level: number; onPlot: (plot: PlottedSet) => void; client: () => QcaClient | null }) {
  const t = useTranslate(workbenchMessages);
  const { locale } = useLocale();
  const titleId = useId();
  const combinationsId = useId();
  const rows = useMemo(() => necessityOfConditions(table), [table]);
  // Emptied, a cut is QCA's default again (0.9 and 0.6).
  const [inclCut, setInclCut] = useState<number | undefined>(0.9);
  const [covCut, setCovCut] = useState<number | undefined>(0.6);
  // Combinations found in another table say nothing of this one.
  const { task: search, start, stop } = useWorkerTask<{ found: SuperSubsetResult; inclCut: number; covCut: number }>([table]);
  const run = () => {
    const worker = client();
    const cuts = { inclCut: inclCut ?? 0.9, covCut: covCut ?? 0.6 };
    if (worker) void start(async (signal) => ({ found: await worker.superSubset(table, cuts, { signal }), ...cuts }));
  };
  const cut = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return (
    <section className="wf-workbench__check" aria-labelledby={titleId}>
      <Heading level={level} id={titleId}>
        {t('workbench.necessity')}
      </Heading>
      <p className="wf-workbench__help">{t('workbench.necessity.help')}</p>
      <NecessityFits rows={rows} termLabel={t('workbench.fit.condition')} label={{ label: t('workbench.necessity.single') }} onPlot={onPlot} />
      <Heading level={level + 1} id={combinationsId}>
        {t('workbench.superSubset')}
      </Heading>
      <p className="wf-workbench__help">{t('workbench.superSubset.help')}</p>
      <form
        className="wf-workbench__actions"
        onSubmit={(event) => {
          event.preventDefault();
          run();
        }}
      >
        <NumberField label={t('workbench.superSubset.inclCut')} value={inclCut} min={0} max={1} step={0.05} onChange={setInclCut} />
        <NumberField label={t('workbench.superSubset.covCut')} value={covCut} min={0} max={1} step={0.05} onChange={setCovCut} />
        <TaskControls
          submit
          task={search}
          label={t('workbench.superSubset.search')}
          onStop={stop}
          status={(state) =>
            state.state === 'running'
              ? t('workbench.superSubset.running')
              : state.state === 'failed'
                ? t('workbench.superSubset.failed', { message: state.message })
                : state.state === 'done'
                  ? t('workbench.superSubset.found', { count: state.result.found.terms.length, inclCut: cut(state.result.inclCut), covCut: cut(state.result.covCut) })
                  : ''
          }
        />
      </form>
      {search.state === 'done' && !search.result.found.complete && <Notice tone="warning" title={t('workbench.superSubset.partial', { depth: search.result.found.depth })} />}
      {search.state === 'done' && search.result.found.stoppedAt !== undefined && <Notice tone="info" title={t('workbench.superSubset.stopped', { depth: search.result.found.stoppedAt })} />}
      {search.state === 'done' && search.result.found.terms.length > 0 && <NecessityFits rows={search.result.found.terms} termLabel={t('workbench.fit.term')} label={{ labelledBy: combinationsId }} onPlot={onPlot} />}
    </section>
  );
}

interface ExpressionFit {
  relation: 'sufficiency' | 'necessity';
  rows: { term: string; consistency: number | null; second: number | null; coverage: number | null; unique: number | null }[];
}

/**
 * Any sum of products typed in the field's notation (`CONSTANCY*ROUTINES + EFFICACY`) with its
 * fit as sufficient or as necessary: each term (with unique coverage, for sufficiency), then the
 * whole expression, which is plotted against the outcome. A mistake is named with its term. The
 * fit is worked out from the current table, so it follows a new calibration or outcome.
 */
export function ExpressionCheck({ table, level, onPlot }: { table: TruthTable; level: number; onPlot: (plot: PlottedSet | null) => void }) {
  const t = useTranslate(workbenchMessages);
  const show = useFitFormat();
  const titleId = useId();
  const fieldId = useId();
  const [text, setText] = useState('');
  const [relation, setRelation] = useState<'sufficiency' | 'necessity'>('sufficiency');
  const [checked, setChecked] = useState<{ expression: string; relation: 'sufficiency' | 'necessity' } | null>(null);
  const { fit, error } = useMemo(() => (checked ? fitOf(table, checked.expression, checked.relation) : { fit: null, error: null }), [table, checked]);
  return (
    <section className="wf-workbench__check" aria-labelledby={titleId}>
      <Heading level={level} id={titleId}>
        {t('workbench.expression')}
      </Heading>
      <form
        className="wf-workbench__actions"
        onSubmit={(event) => {
          event.preventDefault();
          const next = { expression: text.trim(), relation };
          setChecked(next);
          onPlot(fitOf(table, next.expression, next.relation).fit ? { label: next.expression, relation: next.relation } : null);
        }}
      >
        <label htmlFor={fieldId} className="wf-workbench__expression">
          {t('workbench.expression.field')}
          <input id={fieldId} value={text} spellCheck={false} aria-invalid={error !== null || undefined} onChange={(event) => setText(event.currentTarget.value)} />
        </label>
        <label className="wf-workbench__ids">
          {t('workbench.expression.relation')}
          <select value={relation} onChange={(event) => setRelation(event.currentTarget.value as 'sufficiency' | 'necessity')}>
            <option value="sufficiency">{t('workbench.expression.sufficiency')}</option>
            <option value="necessity">{t('workbench.expression.necessity')}</option>
          </select>
        </label>
        <button type="submit" className="wf-button">
          {t('workbench.expression.check')}
        </button>
      </form>
      <p className="wf-workbench__help">{t('workbench.expression.help')}</p>
      {error && <Notice tone="error" live title={t('workbench.expression.invalid')} error={error} issues={[]} />}
      {fit && (
        <div className="wf-scroll-hint wf-workbench__scroll" role="region" aria-label={t('workbench.expression.result')} tabIndex={0}>
          <table className="wf-workbench__fits">
            <thead>
              <tr>
                <th scope="col">{t('workbench.fit.term')}</th>
                <th scope="col">{t(fit.relation === 'sufficiency' ? 'workbench.fit.inclS' : 'workbench.fit.inclN')}</th>
                <th scope="col">{t(fit.relation === 'sufficiency' ? 'workbench.fit.PRI' : 'workbench.fit.RoN')}</th>
                <th scope="col">{t(fit.relation === 'sufficiency' ? 'workbench.fit.covS' : 'workbench.fit.covN')}</th>
                {fit.relation === 'sufficiency' && <th scope="col">{t('workbench.fit.covU')}</th>}
              </tr>
            </thead>
            <tbody>
              {fit.rows.map((row, index) => (
                <tr key={index} data-whole={index === fit.rows.length - 1 || undefined}>
                  <th scope="row">
                    <code>{row.term}</code>
                  </th>
                  <td>{show(row.consistency)}</td>
                  <td>{show(row.second)}</td>
                  <td>{show(row.coverage)}</td>
                  {fit.relation === 'sufficiency' && <td>{show(row.unique)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The fit of `expression` over `table` read as `as`, or why it cannot be read. */
function fitOf(table: TruthTable, expression: string, as: 'sufficiency' | 'necessity'): { fit: ExpressionFit | null; error: WayfinderError | null } {
  let rows;
  try {
    rows = fitOfTerms(table, [expression], as);
  } catch (problem) {
    if (!isWayfinderError(problem)) throw problem;
    return { fit: null, error: problem };
  }
  const shown = rows.map((row) =>
    'inclS' in row
      ? { term: row.term, consistency: row.inclS, second: row.PRI, coverage: row.covS, unique: row.covU }
      : { term: row.term, consistency: row.inclN, second: row.RoN, coverage: row.covN, unique: row.covU },
  );
  // One product is its own expression: only the whole is shown, under the words as typed.
  return { fit: { relation: as, rows: [...(shown.length > 2 ? shown.slice(0, -1) : []), { ...shown.at(-1)!, term: expression }] }, error: null };
}
