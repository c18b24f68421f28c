/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Dataset } from '@wayfinder/core/dataset';
import { importDatasetCsv } from '@wayfinder/core/dataset/import';
import type { WayfinderError } from '@wayfinder/core/errors';
import { createQcaClient } from '@wayfinder/core/qca/client';
import { parseExpression } from '@wayfinder/core/qca/expression';
import type { AnalysisStep, SolutionResult } from '@wayfinder/core/qca/reference';
import { createTruthTable, listRows } from '@wayfinder/core/qca/truth-table';
import QcaWorker from '@wayfinder/core/qca/worker?worker';
import type { CalibrationSetting } from '@wayfinder/react/calibration';
import type { Overrides } from '@wayfinder/react/truth-table';
import { useEffect, useMemo, useRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CalibrationSlider } from '../calibration-slider';
import { Notice } from '../notice';
import { SolutionView } from '../solution-view';
import { lipsetFuzzy, sevenStates } from '../story-data';
import { TruthTableViewer } from '../truth-table-viewer';
import { XyPlot } from '../xy-plot';

const toCsv = (dataset: { caseId: string; rows: Record<string, number | string>[] }, columns: readonly string[]) =>
  [[dataset.caseId, ...columns].join(','), ...dataset.rows.map((row) => [row[dataset.caseId], ...columns.map((name) => row[name])].join(','))].join('\n');

const lipsetCsv = toCsv(lipsetFuzzy, [...lipsetFuzzy.conditions, lipsetFuzzy.outcome]);
const sevenStatesCsv = toCsv(sevenStates, [...sevenStates.conditions, sevenStates.outcome]);

/**
 * The whole path of an analysis with the kit's widgets: a CSV is imported (every bad cell named,
 * nothing half-imported), raw variables are calibrated with the slider (memberships pass through),
 * the truth table is built on every change, and the minimization runs in the Web Worker with
 * progress; picking a solution term highlights its rows and plots it against the outcome.
 */
function AnalysisDemo({ initialCsv, inclCut }: { initialCsv: string; inclCut: number }) {
  const [csv, setCsv] = useState(initialCsv);
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const [importError, setImportError] = useState<WayfinderError | null>(null);
  const [settings, setSettings] = useState<Record<string, CalibrationSetting>>({});
  const [calibrated, setCalibrated] = useState<Record<string, number[]>>({});
  const [overrides, setOverrides] = useState<Overrides>({});
  const [term, setTerm] = useState<string | null>(null);
  const [step, setStep] = useState<AnalysisStep | null>(null);
  const [solutions, setSolutions] = useState<Record<string, SolutionResult | { error: string }> | null>(null);
  const client = useRef<ReturnType<typeof createQcaClient> | null>(null);
  useEffect(() => {
    client.current = createQcaClient(() => new QcaWorker());
    return () => client.current?.dispose();
  }, []);

  const importCsv = () => {
    const result = importDatasetCsv(csv);
    if (!result.ok) return setImportError(result.error);
    setImportError(null);
    setDataset(result.value);
    setCalibrated({});
    setOverrides({});
    setSolutions(null);
    setTerm(null);
  };

  const names = dataset?.variables.map((variable) => variable.name) ?? [];
  const outcome = names[names.length - 1] ?? '';
  const conditions = names.slice(0, -1);
  const column = (name: string) => dataset?.cases.map((item) => item.values[name] ?? Number.NaN) ?? [];
  const isRaw = (name: string) => dataset?.variables.find((variable) => variable.name === name)?.scale === 'raw';
  const memberships = (name: string) => (isRaw(name) ? calibrated[name] : column(name));
  const ready = dataset !== null && names.every((name) => memberships(name) !== undefined);

  const table = useMemo(() => {
    if (!ready || !dataset) return null;
    try {
      const data = { cases: dataset.cases.map((item) => item.id), columns: Object.fromEntries(names.map((name) => [name, memberships(name)!])) };
      return createTruthTable(data, { outcome, conditions, inclCut, overrides });
    } catch (error) {
      return error as Error;
    }
  }, [ready, dataset, calibrated, overrides, inclCut]);

  const minimize = async () => {
    if (!dataset || !(table && !(table instanceof Error))) return;
    const data = dataset.cases.map((item, index) => ({ case: item.id, ...Object.fromEntries(names.map((name) => [name, memberships(name)![index]!])) }));
    setSolutions(null);
    const result = (await client.current!.run(
      { data, outcome, conditions, incl_cut: inclCut, overrides, solutions: ['conservative', 'parsimonious'] },
      { onProgress: setStep },
    )) as { solutions: Record<string, SolutionResult | { error: string }> };
    setStep(null);
    setSolutions(result.solutions);
  };

  const highlight = term && table && !(table instanceof Error) ? parseExpression(term, conditions, table.noflevels)[0] : undefined;
  const termMembership =
    highlight && table && !(table instanceof Error)
      ? table.cases.map((_, index) => Math.min(...highlight.flatMap((level, j) => (level < 0 ? [] : [level === 1 ? table.conditionValues[j]![index]! : 1 - table.conditionValues[j]![index]!]))))
      : null;

  return (
    <div style={{ display: 'grid', gap: '1.5rem', maxWidth: '72rem' }}>
      <section style={{ display: 'grid', gap: '0.5rem' }}>
        <label htmlFor="analysis-csv" style={{ fontWeight: 650 }}>
          Cases as CSV (the last column is the outcome)
        </label>
        <textarea id="analysis-csv" rows={6} value={csv} onChange={(event) => setCsv(event.currentTarget.value)} style={{ fontFamily: 'var(--wf-font-family-mono)' }} />
        <div>
          <button type="button" onClick={importCsv}>
            Import
          </button>
        </div>
        {importError && <Notice tone="error" live title="The file was not imported; your current data is unchanged" issues={importError.issues} />}
      </section>
      {dataset &&
        names.filter(isRaw).map((name) => (
          <CalibrationSlider
            key={name}
            variable={name}
            values={column(name)}
            cases={dataset.cases.map((item) => item.id)}
            {...(settings[name] ? { setting: settings[name] } : {})}
            onSettingChange={(setting) => setSettings((previous) => ({ ...previous, [name]: setting }))}
            onMembershipsChange={(values) => setCalibrated((previous) => ({ ...previous, [name]: values }))}
          />
        ))}
      {table instanceof Error && <TruthTableViewer conditions={[]} rows={[]} error={table} />}
      {table && !(table instanceof Error) && (
        <>
          <TruthTableViewer
            conditions={table.conditions.map((condition) => ({ name: condition.name, levels: condition.levels }))}
            rows={listRows(table, conditions.length <= 7)}
            halfMemberships={table.halfMemberships}
            overrides={overrides}
            onOverridesChange={setOverrides}
            {...(highlight ? { highlightTerm: highlight, highlightLabel: term! } : {})}
            height={300}
          />
          <div>
            <button type="button" onClick={minimize} disabled={step !== null}>
              Minimize
            </button>{' '}
            <span role="status">{step ? `Running: ${step}…` : solutions ? 'Done.' : ''}</span>
          </div>
        </>
      )}
      {(solutions || step) && (
        <div style={{ display: 'grid', gap: '1.5rem', gridTemplateColumns: 'repeat(auto-fit, minmax(24rem, 1fr))' }}>
          {(['conservative', 'parsimonious'] as const).map((kind) => (
            <SolutionView
              key={kind}
              title={kind === 'conservative' ? 'Conservative solution' : 'Parsimonious solution'}
              solution={solutions?.[kind]}
              loading={step !== null}
              {...(step ? { progress: step } : {})}
              selectedTerm={term}
              onSelectTerm={setTerm}
            />
          ))}
        </div>
      )}
      {termMembership && table && !(table instanceof Error) && <XyPlot x={termMembership} y={table.outcomeValues} cases={table.cases} xLabel={term!} yLabel={outcome} />}
    </div>
  );
}

const meta = {
  title: 'QCA/Analysis',
  component: AnalysisDemo,
  args: { initialCsv: lipsetCsv, inclCut: 0.8 },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof AnalysisDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Lipset: Story = {
  name: 'Lipset: CSV to solutions',
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await expect(await canvas.findByRole('grid')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Minimize' }));
    await waitFor(() => expect(canvas.getByText('Done.')).toBeVisible(), { timeout: 10_000 });
    const parsimonious = within(canvas.getByRole('region', { name: 'Parsimonious solution' }));
    await userEvent.click(parsimonious.getAllByRole('button', { pressed: false })[0]!);
    await expect(await canvas.findByText(/rows in/)).toBeVisible();
    await expect(canvas.getByRole('img', { name: /and SURV/ })).toBeVisible();
  },
};

export const SevenStates: Story = {
  name: 'Seven-state study: the 0.5 warning',
  args: { initialCsv: sevenStatesCsv },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await expect(await canvas.findByRole('group', { name: /exactly 0.5/ })).toBeVisible();
  },
};


export const MalformedCsv: Story = {
  name: 'Malformed CSV: nothing lost',
  args: { initialCsv: `${lipsetCsv}\nXX,0.5,high,0.2,0.1,0.3,0.4\nAU,0.1,0.1,0.1,0.1,0.1,0.1` },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    const notice = await canvas.findByRole('alert', { name: /not imported/ });
    await expect(notice).toHaveTextContent(/high/);
    await expect(canvas.getByRole('textbox')).toHaveValue(`${lipsetCsv}\nXX,0.5,high,0.2,0.1,0.3,0.4\nAU,0.1,0.1,0.1,0.1,0.1,0.1`);
  },
};
