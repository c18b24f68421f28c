import type { WayfinderError } from '@wayfinder/core/errors';
import { isWayfinderError } from '@wayfinder/core/errors';
import { fitOfTerms, productMemberships, unionMembership } from '@wayfinder/core/qca/fit';
import type { QcaClient } from '@wayfinder/core/qca/client';
import type { NecessityRow, SuperSubsetResult } from '@wayfinder/core/qca/necessity';
import { necessityOfConditions } from '@wayfinder/core/qca/necessity';
import type { TruthTable } from '@wayfinder/core/qca/truth-table';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useFitFormat } from '../fit-format';
import { Notice } from '../notice';
import { Heading } from '../heading';
import { workbenchMessages } from './messages';

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

type Search = { state: 'idle' } | { state: 'running' } | { state: 'stopped' } | { state: 'failed'; message: string } | { state: 'done'; result: SuperSubsetResult; inclCut: number; covCut: number };

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
  const [inclCut, setInclCut] = useState(0.9);
  const [covCut, setCovCut] = useState(0.6);
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);
  // Combinations found in another table say nothing of this one.
  useEffect(() => {
    setSearch({ state: 'idle' });
    return () => abort.current?.abort();
  }, [table]);
  const start = async () => {
    const worker = client();
    if (!worker || abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    setSearch({ state: 'running' });
    try {
      const result = await worker.superSubset(table, { inclCut, covCut }, { signal: controller.signal });
      setSearch({ state: 'done', result, inclCut, covCut });
    } catch (error) {
      setSearch(controller.signal.aborted ? { state: 'stopped' } : { state: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      abort.current = null;
    }
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
          void start();
        }}
      >
        <CutInput label={t('workbench.superSubset.inclCut')} value={inclCut} onChange={setInclCut} />
        <CutInput label={t('workbench.superSubset.covCut')} value={covCut} onChange={setCovCut} />
        <button type="submit" className="wf-button" disabled={search.state === 'running'}>
          {t('workbench.superSubset.search')}
        </button>
        {search.state === 'running' && (
          <button type="button" className="wf-button" onClick={() => abort.current?.abort()}>
            {t('workbench.cancel')}
          </button>
        )}
        <span role="status">
          {search.state === 'running'
            ? t('workbench.superSubset.running')
            : search.state === 'stopped'
              ? t('workbench.stopped')
              : search.state === 'failed'
                ? t('workbench.superSubset.failed', { message: search.message })
                : search.state === 'done'
                  ? t('workbench.superSubset.found', { count: search.result.terms.length, inclCut: cut(search.inclCut), covCut: cut(search.covCut) })
                  : ''}
        </span>
      </form>
      {search.state === 'done' && !search.result.complete && <Notice tone="warning" title={t('workbench.superSubset.partial', { depth: search.result.depth })} />}
      {search.state === 'done' && search.result.terms.length > 0 && <NecessityFits rows={search.result.terms} termLabel={t('workbench.fit.term')} label={{ labelledBy: combinationsId }} onPlot={onPlot} />}
    </section>
  );
}

/** A cut-off between 0 and 1 that keeps the last number typed while the field holds something else. */
function CutInput({ label, value, onChange }: { label: string; value: number; onChange: (value: number) => void }) {
  const id = useId();
  return (
    <span className="wf-workbench__ids">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={1}
        step={0.05}
        defaultValue={value}
        onChange={(event) => {
          const number = event.currentTarget.valueAsNumber;
          if (Number.isFinite(number)) onChange(Math.min(1, Math.max(0, number)));
        }}
      />
    </span>
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
