import { csvCaseIdChoice, importDatasetCsv } from '@wayfinder/core/dataset/import';
import type { WayfinderError } from '@wayfinder/core/errors';
import { isWayfinderError } from '@wayfinder/core/errors';
import type { AnalysisFile } from '@wayfinder/core/qca/analysis-file';
import { necessityOfConditions } from '@wayfinder/core/qca/necessity';
import { necessityCsv, solutionCsv, truthTableCsv } from '@wayfinder/core/qca/tables-csv';
import { emptyAnalysis } from '@wayfinder/core/qca/analysis-file';
import type { QcaClient } from '@wayfinder/core/qca/client';
import { parseExpression } from '@wayfinder/core/qca/expression';
import { termMembership } from '@wayfinder/core/qca/fit';
import type { AnalysisStep } from '@wayfinder/core/qca/reference';
import type { TruthTable } from '@wayfinder/core/qca/truth-table';
import { createTruthTable, listRows, listsEveryRow, literalLevels, rowValues, totalRows } from '@wayfinder/core/qca/truth-table';
import { useAnnounce } from '@wayfinder/react/announcer';
import { useControllableState } from '@wayfinder/react/controllable-state';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import type { Overrides } from '@wayfinder/react/truth-table';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CalibrationSlider } from '../calibration-slider';
import { downloadText, FileButton } from '../file-button';
import { LongList } from '../long-list';
import { Notice } from '../notice';
import { SolutionView } from '../solution-view';
import { TruthTableViewer } from '../truth-table-viewer';
import { XyPlot } from '../xy-plot';
import { VennDiagram } from '../venn-diagram';
import { workbenchMessages } from './messages';
import type { PlottedSet } from './set-checks';
import { ExpressionCheck, expressionMembership, NecessityTable } from './set-checks';
import type { RowKind } from './parameters';
import { AnalysisParameters } from './parameters';
import { DataTable } from './data-table';
import type { Solutions } from './paper-exports';
import { hasModels, intermediateModels, modelsOf, PaperExports } from './paper-exports';
import { Robustness } from './robustness';
import type { RawVariable } from './robustness-plan';
import { dataDecimals } from '../data-decimals';
import { suggestSetting, toCalibration } from '@wayfinder/react/calibration';
import type { CalibrationSetting } from '@wayfinder/react/calibration';
import type { VariantsRequest } from '@wayfinder/core/qca/robustness';
import { withErrorBoundary } from '../error-boundary';
import type { HeadingLevel, TitleOptions } from '../heading';
import { Heading } from '../heading';

export interface QcaWorkbenchProps extends Pick<TitleOptions, 'headingLevel'> {
  /** The analysis: data, outcome, calibrations, cut and OUT overrides (an `AnalysisFile`). */
  value?: AnalysisFile;
  defaultValue?: AnalysisFile;
  onChange?: (analysis: AnalysisFile) => void;
  /** A client running the engine in a Web Worker, e.g. `createQcaClient(() => new QcaWorker())`. */
  createClient: () => QcaClient;
  className?: string;
}

/** Case memberships a truth table built on the page may compute (cases × rows × conditions): past this it is built in the worker. */
const PAGE_TABLE_WORK = 4_000_000;

/** The work of building a table: each observed row (at most one per case) takes a pass over every case, condition by condition. */
const tableWork = (cases: number, conditions: number) => cases * cases * Math.max(1, conditions);

/** Characters of pasted or opened data shown in the text box; longer data (about a thousand rows) is kept but not shown unless asked. */
const LONG_SOURCE_CHARS = 100_000;
/** A chosen solution term as a term of the current conditions, or none if it no longer reads there (a condition left out since). */
function termOf(term: string, conditions: readonly string[], levels: readonly number[]) {
  try {
    return parseExpression(term, conditions, levels)[0];
  } catch (problem) {
    if (isWayfinderError(problem)) return undefined;
    throw problem;
  }
}

/**
 * The consistency cut as typed: applied on Enter or on leaving the field, between 0.5 and 1 (a row
 * less consistent than not is never sufficient), so that typing "0.85" passes through no cut of 0.
 */
function CutField({ value, onCommit }: { value: number; onCommit: (cut: number) => void }) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const commit = () => {
    const typed = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(typed)) return setDraft(String(value));
    const cut = Math.min(1, Math.max(0.5, typed));
    setDraft(String(cut));
    if (cut !== value) onCommit(cut);
  };
  return (
    <input
      type="number"
      min={0.5}
      max={1}
      step={0.01}
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}

/** The case-id choice "no column: number the cases" (no column name can be this). */
const NUMBERED = '\u0000numbered';

const lineCount = (text: string) => {
  let lines = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return lines;
};

const KINDS = ['conservative', 'parsimonious'] as const;

/**
 * A whole QCA analysis with the kit's widgets: cases imported from CSV (every bad cell named,
 * nothing half-imported, the data shown as a paged table), raw variables calibrated with the
 * slider, every analysis parameter (remainders left out too), the truth table rebuilt on every
 * change with its OUT overrides and drawn as a Venn diagram, the minimization in a Web Worker with
 * progress and a stop button, the solutions (intermediate ones too once directional expectations
 * are set), a picked term highlighted in the table and plotted against the outcome, necessity of
 * conditions and of their combinations, typed expressions, a robustness sweep, and exports for a
 * paper (CSV, LaTeX, SVG and PNG, an HTML report).
 */
export const QcaWorkbench = withErrorBoundary(function QcaWorkbench({ createClient, className, headingLevel = 3, ...control }: QcaWorkbenchProps) {
  const t = useTranslate(workbenchMessages);
  const { locale } = useLocale();
  const announce = useAnnounce();
  const sourceId = useId();
  const [analysis, setAnalysis] = useControllableState<AnalysisFile>({ value: control.value, defaultValue: control.defaultValue ?? emptyAnalysis(), onChange: control.onChange });
  const [importError, setImportError] = useState<WayfinderError | null>(null);
  const [calibrated, setCalibrated] = useState<Record<string, number[]>>({});
  const [term, setTerm] = useState<string | null>(null);
  // A condition or typed expression plotted against the outcome; a solution term chosen replaces it.
  const [plotted, setPlotted] = useState<PlottedSet | null>(null);
  const selectTerm = (next: string | null) => {
    setPlotted(null);
    setTerm(next);
  };
  const [step, setStep] = useState<AnalysisStep | null>(null);
  const [solutions, setSolutions] = useState<Solutions | null>(null);
  const [runState, setRunState] = useState<'idle' | 'running' | 'done' | 'stopped' | { error: string }>('idle');
  // What the last action did to the analysis, said where the run's status is until the next run.
  const [runNote, setRunNote] = useState<string | null>(null);
  const client = useRef<QcaClient | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const abort = useRef<AbortController | null>(null);
  const createRef = useRef(createClient);
  useEffect(() => {
    client.current = createRef.current();
    return () => client.current?.dispose();
  }, []);

  const { dataset, inclCut } = analysis;
  const overrides = analysis.overrides as unknown as Overrides;
  const names = dataset?.variables.map((variable) => variable.name) ?? [];
  const outcome = analysis.outcome ?? names[names.length - 1] ?? '';
  const excluded = new Set(analysis.excludedConditions ?? []);
  const candidates = names.filter((name) => name !== outcome);
  const conditions = candidates.filter((name) => !excluded.has(name));
  // One consistency cut, or two: rows between them are contradictions (QCA's C band).
  const inclCuts: number | [number, number] = analysis.inclCutLow !== undefined && analysis.inclCutLow < inclCut ? [inclCut, analysis.inclCutLow] : inclCut;
  // The outcome as the table reads it: its negation, where that is what is analysed.
  const outcomeLabel = analysis.negateOutcome ? `~${outcome}` : outcome;
  const tableParameters = { negateOutcome: analysis.negateOutcome ?? false, inclCut: inclCuts, nCut: analysis.nCut ?? 1, priCut: analysis.priCut ?? 0 };
  // Each variable's values and the case ids, once per dataset: with 100,000 cases, rebuilding them on
  // every render (a keystroke in the analysis name) would recalibrate every raw variable.
  const columns = useMemo(() => new Map((dataset?.variables ?? []).map((variable) => [variable.name, dataset!.cases.map((item) => item.values[variable.name] ?? Number.NaN)])), [dataset]);
  const caseIds = useMemo(() => dataset?.cases.map((item) => item.id) ?? [], [dataset]);
  const column = (name: string) => columns.get(name) ?? [];
  const directional = analysis.directional ?? {};
  // In QCA's notation, for the conditions of this outcome only.
  const expectations = conditions.flatMap((name) => (directional[name] ? [directional[name] === 'absent' ? `~${name}` : name] : []));
  const isRaw = (name: string) => dataset?.variables.find((variable) => variable.name === name)?.scale === 'raw';
  const memberships = (name: string) => (isRaw(name) ? calibrated[name] : column(name));
  const ready = dataset !== null && names.every((name) => memberships(name) !== undefined);

  const tableInput = useMemo(() => {
    if (!ready || !dataset) return null;
    const data = { cases: caseIds, columns: Object.fromEntries(names.map((name) => [name, memberships(name)!])) };
    // An override of a row the cases left (after a recalibration) waits, unapplied, until a case is back in it.
    return { data, options: { outcome, conditions, ...tableParameters, overrides, unobservedOverrides: 'set-aside' as const } };
    // memberships, names, conditions and the parameters follow from what is listed.
  }, [ready, dataset, caseIds, calibrated, outcome, overrides, inclCut, analysis.excludedConditions, analysis.negateOutcome, analysis.inclCutLow, analysis.nCut, analysis.priCut]);
  // Each observed row's fit is a pass over every case: small tables are built here at once, so a
  // dragged anchor rebuilds the table live; large ones go to the worker, with progress and Stop.
  const large = tableInput !== null && tableWork(tableInput.data.cases.length, conditions.length) > PAGE_TABLE_WORK;
  const pageTable = useMemo(() => {
    if (!tableInput || large) return null;
    try {
      return createTruthTable(tableInput.data, tableInput.options);
    } catch (error) {
      return error as Error;
    }
  }, [tableInput, large]);
  const [workerTable, setWorkerTable] = useState<{ input: typeof tableInput; table: TruthTable | Error | 'stopped' } | null>(null);
  const [tableAttempt, setTableAttempt] = useState(0);
  const tableBuild = useRef<AbortController | null>(null);
  useEffect(() => {
    if (!tableInput || !large || !client.current) return;
    const controller = new AbortController();
    tableBuild.current = controller;
    client.current.table(tableInput.data, tableInput.options, { signal: controller.signal }).then(
      (built) => setWorkerTable({ input: tableInput, table: built }),
      (error: unknown) => setWorkerTable({ input: tableInput, table: controller.signal.aborted ? 'stopped' : (error as Error) }),
    );
    return () => {
      // Replaced by a newer build, not stopped by the user: nothing to show for this one.
      tableBuild.current = null;
      controller.abort();
    };
  }, [tableInput, large, tableAttempt]);
  const built = large ? (workerTable?.input === tableInput ? workerTable.table : null) : pageTable;
  const buildingTable = large && built === null;
  const table = built === 'stopped' ? null : built;
  const validTable = table && !(table instanceof Error) ? table : null;

  /** Counts runs and changes: a run's result is shown only if nothing changed since it started. */
  const generation = useRef(0);
  const update = (patch: Partial<AnalysisFile>, stale = true) => {
    setAnalysis((current) => ({ ...current, ...patch }));
    if (stale) {
      // A run for the settings just changed would show results that no longer fit them: stop it.
      generation.current += 1;
      abort.current?.abort();
      abort.current = null;
      setStep(null);
      setSolutions(null);
      setRunState('idle');
    }
  };

  // The columns the case ids may come from, and the one chosen (by the user, else suggested by the data).
  const idChoice = useMemo(() => csvCaseIdChoice(analysis.source), [analysis.source]);
  const caseIdColumn = analysis.caseIdColumn !== undefined && (analysis.caseIdColumn === null || idChoice.columns.includes(analysis.caseIdColumn)) ? analysis.caseIdColumn : idChoice.suggested;
  const importSource = (text: string, idColumn: string | null = text === analysis.source ? caseIdColumn : csvCaseIdChoice(text).suggested) => {
    const result = importDatasetCsv(text, { caseIdColumn: idColumn });
    if (!result.ok) {
      // The data stays in the box, to be put right there; what was imported before stays as it was,
      // and so does the case-id column it was read with (the notice says why the new one failed).
      update({ source: text, ...(analysis.dataset ? {} : { caseIdColumn: idColumn }) }, false);
      return setImportError(result.error);
    }
    setImportError(null);
    const variables = result.value.variables.map((variable) => variable.name);
    // Data imported again from the box (another column of case ids, a cell put right) keep the work
    // done on the variables they still have; a file opened anew starts afresh.
    const again = text === analysis.source && analysis.dataset !== null;
    const kept = <T,>(settings: Readonly<Record<string, T>> | undefined) => (again ? Object.fromEntries(Object.entries(settings ?? {}).filter(([name]) => variables.includes(name))) : {});
    const sameVariables = again && analysis.dataset!.variables.map((variable) => variable.name).join('\u0000') === variables.join('\u0000');
    setCalibrated((previous) => kept(previous));
    if (!again) setTerm(null);
    update({
      source: text,
      caseIdColumn: idColumn,
      dataset: result.value,
      outcome: again && analysis.outcome !== null && variables.includes(analysis.outcome) ? analysis.outcome : (variables[variables.length - 1] ?? null),
      calibrations: kept(analysis.calibrations),
      overrides: sameVariables ? analysis.overrides : {},
      excludedRemainders: sameVariables ? analysis.excludedRemainders : undefined,
      ...(analysis.directional ? { directional: kept(analysis.directional) } : {}),
      excludedConditions: again ? analysis.excludedConditions?.filter((name) => variables.includes(name)) : undefined,
    });
    announce(t('workbench.imported', { cases: result.value.cases.length, variables: variables.length }));
  };

  const [showLongSource, setShowLongSource] = useState(false);
  // A text box lays out all of its text: a file of 100,000 rows in one costs seconds on every layout of the page.
  const sourceHidden = analysis.source.length > LONG_SOURCE_CHARS && !showLongSource;
  const sourceLines = useMemo(() => (sourceHidden ? lineCount(analysis.source) : 0), [sourceHidden, analysis.source]);

  const running = runState === 'running';
  const minimize = async () => {
    // One run at a time: a second click while one runs (a double click) starts nothing.
    if (!dataset || !validTable || !client.current || abort.current) return;
    const data = dataset.cases.map((item, index) => ({ case: item.id, ...Object.fromEntries(names.map((name) => [name, memberships(name)![index]!])) }));
    setSolutions(null);
    setRunNote(null);
    setRunState('running');
    const controller = new AbortController();
    abort.current = controller;
    generation.current += 1;
    const run = generation.current;
    try {
      const request = {
        data,
        outcome,
        conditions,
        incl_cut: inclCuts,
        neg_out: tableParameters.negateOutcome,
        n_cut: tableParameters.nCut,
        pri_cut: tableParameters.priCut,
        include: analysis.includeContradictions ? '?,C' : '?',
        row_dom: analysis.rowDominance ?? false,
        // Overrides waiting for a case to come back to their row stay out of the run, as out of the table.
        overrides: Object.fromEntries(Object.entries(analysis.overrides).filter(([id]) => !validTable.overridesSetAside.includes(Number(id)))),
        all_sol: analysis.allSolutions ?? false,
        ...(analysis.excludedRemainders ? { exclude: analysis.excludedRemainders } : {}),
        // Nothing here shows necessity yet: its search is not run for nothing.
        necessity: { enabled: false },
        ...(expectations.length > 0 ? { dir_exp: expectations, solutions: [...KINDS, 'intermediate' as const] } : { solutions: [...KINDS] }),
      };
      const result = (await client.current.run(request, { onProgress: (next) => run === generation.current && setStep(next), signal: controller.signal, compactModels: true })) as { solutions: Solutions };
      if (run !== generation.current) return;
      setSolutions(result.solutions);
      setRunState('done');
    } catch (error) {
      if (run !== generation.current) return;
      setRunState(controller.signal.aborted ? 'stopped' : { error: (error as Error).message });
    } finally {
      if (run === generation.current) {
        abort.current = null;
        setStep(null);
      }
    }
  };

  const kinds = expectations.length > 0 ? ([...KINDS, 'intermediate'] as const) : KINDS;
  // The analysis as it stands, for the robustness sweep: raw variables with their calibrations, the rest as memberships.
  const rawVariables = useMemo<RawVariable[]>(
    // A raw variable with no values has no anchors to move (the slider says why).
    () => names.filter((name) => isRaw(name) && column(name).some(Number.isFinite)).map((name) => ({ name, setting: (analysis.calibrations[name] as CalibrationSetting | undefined) ?? suggestSetting(column(name), 'direct'), values: column(name), decimals: dataDecimals(column(name)) })),
    // column and isRaw follow from the dataset.
    [dataset, analysis.calibrations],
  );
  const sweepBase = useMemo<Omit<VariantsRequest, 'variants'> | null>(() => {
    if (!tableInput) return null;
    return {
      data: { cases: caseIds, columns: Object.fromEntries(names.map((name) => [name, column(name)])) },
      calibrations: Object.fromEntries(rawVariables.map((variable) => [variable.name, toCalibration(variable.setting)])),
      table: tableInput.options,
      minimize: {
        include: analysis.includeContradictions ? ['?', 'C'] : ['?'],
        rowDominance: analysis.rowDominance ?? false,
        allSolutions: analysis.allSolutions ?? false,
        solutions: kinds,
        ...(expectations.length > 0 ? { directional: expectations } : {}),
        ...(analysis.excludedRemainders ? { exclude: analysis.excludedRemainders } : {}),
      },
    };
    // names, column and kinds follow from the dataset, the table's input and the expectations.
  }, [tableInput, rawVariables, analysis.includeContradictions, analysis.rowDominance, analysis.allSolutions, analysis.excludedRemainders, expectations.join('\u0000')]);
  const rowKind = (id: number): RowKind => {
    if (!validTable) return 'remainder';
    if (id > totalRows(validTable.noflevels)) return 'outside';
    return validTable.observed.some((row) => row.id === id) ? 'observed' : 'remainder';
  };
  // Remainders both the outcome's and its negation's parsimonious solutions assume (untenable), not yet left out.
  const parsimonious = solutions?.parsimonious;
  // Solutions carry it beside the kinds: more combinations of models than were solved.
  const intermediateCombinations = (solutions as { intermediate_combinations?: number } | null)?.intermediate_combinations;
  const untenable = parsimonious && !('error' in parsimonious) ? (parsimonious.contradictory_simplifying_assumptions ?? []).filter((id) => !(analysis.excludedRemainders ?? []).includes(id)) : [];

  const highlight = term && validTable ? termOf(term, conditions, literalLevels(validTable)) : undefined;
  // Worked out from the current table: a new calibration or outcome moves the plotted set with it.
  const plottedMemberships = useMemo(() => (plotted && validTable ? expressionMembership(validTable, plotted.label) : null), [plotted, validTable]);
  const termMemberships = highlight && validTable ? termMembership(highlight, validTable.conditions, validTable.conditionValues, validTable.cases.length) : null;
  const status = running ? t('workbench.running', { step: step ?? 'start' }) : runState === 'done' ? t('workbench.done') : runState === 'stopped' ? t('workbench.stopped') : typeof runState === 'object' ? t('workbench.failed', { message: runState.error }) : (runNote ?? '');

  return (
    <div ref={rootRef} className={className ? `wf-workbench ${className}` : 'wf-workbench'}>
      <section className="wf-workbench__data" aria-labelledby={`${sourceId}-title`}>
        <Heading level={headingLevel} id={`${sourceId}-title`}>{t('workbench.data')}</Heading>
        {sourceHidden ? (
          <p className="wf-workbench__long-source">
            {t('workbench.sourceLong', { lines: sourceLines })}{' '}
            <button type="button" className="wf-button" onClick={() => setShowLongSource(true)}>
              {t('workbench.showSource')}
            </button>
          </p>
        ) : (
          <>
            <label htmlFor={sourceId}>{t('workbench.source')}</label>
            {/* Kept with the analysis as it is typed: pasted data survives a reload even before it is imported. */}
            <textarea id={sourceId} rows={6} value={analysis.source} onChange={(event) => update({ source: event.currentTarget.value }, false)} spellCheck={false} />
          </>
        )}
        <div className="wf-workbench__actions">
          <button type="button" className="wf-button wf-button--primary" onClick={() => importSource(analysis.source)}>
            {t('workbench.import')}
          </button>
          <FileButton label={t('workbench.open')} accept=".csv,text/csv,text/plain" onText={(text) => importSource(text)} />
          {idChoice.columns.length > 0 && (
            <label className="wf-workbench__ids">
              {t('workbench.caseIds')}
              <select
                value={caseIdColumn ?? NUMBERED}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  const chosen = value === NUMBERED ? null : value;
                  // Imported data are read again with the new ids at once; data not yet imported keep the choice for the import.
                  if (dataset) importSource(analysis.source, chosen);
                  else update({ caseIdColumn: chosen }, false);
                }}
              >
                {idChoice.columns.map((column) => (
                  <option key={column} value={column}>
                    {column === '' ? t('workbench.caseIds.unnamed') : column}
                  </option>
                ))}
                <option value={NUMBERED}>{t('workbench.caseIds.numbered')}</option>
              </select>
            </label>
          )}
        </div>
        {idChoice.columns.length > 0 && <p className="wf-workbench__help">{t('workbench.caseIds.help')}</p>}
        {importError && (
          <Notice tone="error" live title={t('workbench.importError')} error={importError} />
        )}
        {dataset && <DataTable dataset={dataset} />}
      </section>
      {!dataset ? (
        <p className="wf-workbench__empty">{t('workbench.empty')}</p>
      ) : (
        <>
          <div className="wf-workbench__options">
            <label>
              {t('workbench.outcome')}
              <select
                value={outcome}
                onChange={(event) => {
                  const next = event.currentTarget.value;
                  // The outcome is never a condition left out, and at least one condition stays in.
                  const left = (analysis.excludedConditions ?? []).filter((name) => name !== next);
                  const someUsed = names.some((name) => name !== next && !left.includes(name));
                  setTerm(null);
                  update({ outcome: next, overrides: {}, excludedRemainders: undefined, excludedConditions: someUsed ? left : [] });
                }}
              >
                {names.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('workbench.inclCut')}
              <CutField
                value={inclCut}
                onCommit={(cut) =>
                  // The lower cut never stays above the cut: the file would no longer read.
                  update({ inclCut: cut, ...(analysis.inclCutLow !== undefined && analysis.inclCutLow > cut ? { inclCutLow: cut } : {}) })
                }
              />
            </label>
            <label className="wf-workbench__check">
              <input type="checkbox" checked={analysis.allSolutions ?? false} onChange={(event) => update({ allSolutions: event.currentTarget.checked })} />
              {t('workbench.allSolutions')}
            </label>
          </div>
          <AnalysisParameters
            analysis={analysis}
            candidates={candidates}
            rowKind={rowKind}
            onChange={(patch) => {
              // Other conditions number the rows differently: OUT set by hand, remainders left out and a chosen term no longer apply.
              if ('excludedConditions' in patch) setTerm(null);
              update('excludedConditions' in patch ? { ...patch, overrides: {}, excludedRemainders: undefined } : patch);
            }}
          />
          {conditions.length > 0 && (
            <fieldset className="wf-workbench__directional">
              <legend>{t('workbench.directional')}</legend>
              {conditions.map((name) => (
                <label key={name}>
                  {name}
                  <select
                    value={directional[name] ?? ''}
                    onChange={(event) => {
                      const { [name]: _dropped, ...others } = directional;
                      const value = event.currentTarget.value;
                      update({ directional: value === 'present' || value === 'absent' ? { ...others, [name]: value } : others });
                    }}
                  >
                    <option value="">{t('workbench.expectation.none')}</option>
                    <option value="present">{t('workbench.expectation.present')}</option>
                    <option value="absent">{t('workbench.expectation.absent')}</option>
                  </select>
                </label>
              ))}
            </fieldset>
          )}
          {names.some(isRaw) && (
            <section className="wf-workbench__calibration" aria-labelledby={`${sourceId}-calibration`}>
              <Heading level={headingLevel} id={`${sourceId}-calibration`}>{t('workbench.calibration')}</Heading>
              {/* Anchors nobody set come from the data's distribution, not from what the concept means: say so. */}
              {names.some((name) => isRaw(name) && !analysis.calibrations[name]) && (
                <Notice tone="info" title={t('workbench.calibration.fromData', { variables: new Intl.ListFormat(locale, { type: 'conjunction' }).format(names.filter((name) => isRaw(name) && !analysis.calibrations[name])) })} />
              )}
              {names.filter(isRaw).map((name) => (
                <CalibrationSlider
                  headingLevel={(headingLevel + 1) as HeadingLevel}
                  key={name}
                  variable={name}
                  values={column(name)}
                  cases={caseIds}
                  {...(analysis.calibrations[name] ? { setting: analysis.calibrations[name] } : {})}
                  onSettingChange={(setting) => update({ calibrations: { ...analysis.calibrations, [name]: setting } })}
                  onMembershipsChange={(values) => setCalibrated((previous) => ({ ...previous, [name]: values }))}
                />
              ))}
            </section>
          )}
          {buildingTable && (
            <p className="wf-workbench__building" role="status">
              {t('workbench.building', { cases: caseIds.length })}{' '}
              <button type="button" className="wf-button" onClick={() => tableBuild.current?.abort()}>
                {t('workbench.cancel')}
              </button>
            </p>
          )}
          {built === 'stopped' && (
            <p className="wf-workbench__building" role="status">
              {t('workbench.buildStopped')}{' '}
              <button type="button" className="wf-button" onClick={() => setTableAttempt((count) => count + 1)}>
                {t('workbench.build')}
              </button>
            </p>
          )}
          {table instanceof Error && <TruthTableViewer conditions={[]} rows={[]} error={table} />}
          {validTable && (
            <>
              {validTable.overridesSetAside.length > 0 && (
                <Notice tone="warning" title={t('workbench.overridesSetAside', { count: validTable.overridesSetAside.length, rows: validTable.overridesSetAside.join(', ') })} />
              )}
              <TruthTableViewer
                conditions={validTable.conditions.map((condition) => ({ name: condition.name, levels: condition.levels }))}
                rows={listRows(validTable, listsEveryRow(validTable))}
                halfMemberships={validTable.halfMemberships}
                overrides={overrides}
                onOverridesChange={(next) => update({ overrides: next as AnalysisFile['overrides'] })}
                {...(highlight ? { highlightTerm: highlight, highlightLabel: term! } : {})}
                height={300}
              />
              <div className="wf-workbench__actions">
                <button type="button" className="wf-button wf-button--primary wf-workbench__run" onClick={minimize} disabled={running}>
                  {t('workbench.minimize')}
                </button>
                {running && (
                  <button type="button" className="wf-button" onClick={() => abort.current?.abort()}>
                    {t('workbench.cancel')}
                  </button>
                )}
                <span role="status">{status}</span>
              </div>
              <VennDiagram
                headingLevel={headingLevel}
                conditions={validTable.conditions}
                rows={validTable.observed}
                {...(highlight ? { highlightTerm: highlight, highlightLabel: term! } : {})}
                onSelectRow={(id) => {
                  // The row as a term: shown in the table and plotted, as a solution term picked is.
                  const values = rowValues(id, validTable.noflevels);
                  selectTerm(validTable.conditions.map((condition, j) => (values[j] ? condition.name : `~${condition.name}`)).join('*'));
                }}
              />
            </>
          )}
          {(solutions || running) && (
            <div className="wf-workbench__solutions">
              {KINDS.map((kind) => (
                <SolutionView headingLevel={headingLevel} key={kind} title={t(`workbench.${kind}`)} solution={solutions?.[kind]} loading={running} {...(step ? { progress: step } : {})} selectedTerm={term} onSelectTerm={selectTerm} />
              ))}
              {solutions?.intermediate && !('error' in solutions.intermediate) && intermediateCombinations !== undefined && (
                <Notice tone="info" title={t('workbench.intermediateLimited', { shown: solutions.intermediate.length, total: intermediateCombinations })} />
              )}
              {solutions?.intermediate &&
                ('error' in solutions.intermediate ? (
                  <SolutionView headingLevel={headingLevel} title={t('workbench.intermediateError')} solution={solutions.intermediate} />
                ) : (
                  // Up to INTERMEDIATE_LIMIT solutions, each a list of models of its own: a few at a time.
                  <LongList items={solutions.intermediate} itemKey={(solution) => solution.id ?? ''} pageSize={5} className="wf-workbench__intermediate">
                    {(solution) => (
                      <SolutionView headingLevel={headingLevel} title={t('workbench.intermediate', { id: solution.id ?? '', conservative: /^C(\d+)/.exec(solution.id ?? '')?.[1] ?? '', parsimonious: /P(\d+)$/.exec(solution.id ?? '')?.[1] ?? '' })} solution={solution} selectedTerm={term} onSelectTerm={selectTerm} />
                    )}
                  </LongList>
                ))}
            </div>
          )}
          {untenable.length > 0 && (
            <div className="wf-workbench__actions">
              <button
                type="button"
                className="wf-button"
                onClick={() => {
                  const rows = [...new Set([...(analysis.excludedRemainders ?? []), ...untenable])].sort((a, b) => a - b);
                  update({ excludedRemainders: rows });
                  setRunNote(t('workbench.csa.excluded', { count: untenable.length, rows: untenable.join(', ') }));
                }}
              >
                {t('workbench.csa.exclude', { count: untenable.length, rows: untenable.join(', ') })}
              </button>
            </div>
          )}
          {validTable && (
            <div className="wf-workbench__actions" role="group" aria-labelledby={`${sourceId}-export`}>
              <span className="wf-workbench__export-title" id={`${sourceId}-export`}>
                {t('workbench.export')}
              </span>
              <button type="button" className="wf-button" onClick={() => downloadText(truthTableCsv(validTable), 'truth-table.csv', 'text/csv')}>
                {t('workbench.export.truthTable')}
              </button>
              {KINDS.map((kind) => {
                const solution = solutions?.[kind];
                if (!solution || 'error' in solution) return null;
                return (
                  <button key={kind} type="button" className="wf-button" onClick={() => downloadText(solutionCsv(modelsOf(solution)!), `${kind}-solution.csv`, 'text/csv')}>
                    {t(`workbench.export.${kind}`)}
                  </button>
                );
              })}
              {hasModels(solutions?.intermediate) && (
                <button type="button" className="wf-button" onClick={() => downloadText(solutionCsv(intermediateModels(solutions)!), 'intermediate-solution.csv', 'text/csv')}>
                  {t('workbench.export.intermediate')}
                </button>
              )}
              <button type="button" className="wf-button" onClick={() => downloadText(necessityCsv(necessityOfConditions(validTable)), 'necessity.csv', 'text/csv')}>
                {t('workbench.export.necessity')}
              </button>
            </div>
          )}
          {validTable && dataset && (
            <PaperExports
              analysis={analysis}
              table={validTable}
              solutions={solutions}
              kinds={kinds}
              outcomeLabel={outcomeLabel}
              conditions={conditions}
              settings={rawVariables.map(({ name, setting }) => ({ name, setting }))}
              root={rootRef}
            />
          )}
          {validTable && (
            <>
              <NecessityTable table={validTable} level={headingLevel} onPlot={setPlotted} client={() => client.current} />
              <ExpressionCheck table={validTable} level={headingLevel} onPlot={setPlotted} />
              {sweepBase && <Robustness client={() => client.current} base={sweepBase} inclCut={inclCut} raw={rawVariables} halfMemberships={validTable.halfMemberships} kinds={kinds} level={headingLevel} />}
            </>
          )}
          {plottedMemberships && plotted && validTable ? (
            <XyPlot x={plottedMemberships} y={validTable.outcomeValues} cases={validTable.cases} xLabel={plotted.label} yLabel={outcomeLabel} relation={plotted.relation} />
          ) : (
            termMemberships && validTable && <XyPlot x={termMemberships} y={validTable.outcomeValues} cases={validTable.cases} xLabel={term!} yLabel={outcomeLabel} />
          )}
        </>
      )}
    </div>
  );
});

export { workbenchMessages, workbenchMessagesEs } from './messages';
export type { WorkbenchMessageKey } from './messages';
