/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/react-vite';
import { emptyAnalysis } from '@wayfinder/core/qca/analysis-file';
import { createQcaClient } from '@wayfinder/core/qca/client';
import QcaWorker from '@wayfinder/core/qca/worker?worker';
import { createTruthTable, listRows } from '@wayfinder/core/qca/truth-table';
import { calibrate } from '@wayfinder/core/qca/calibrate';
import { suggestSetting, toCalibration } from '@wayfinder/react/calibration';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { QcaWorkbench } from '../analysis-workbench';
import { CalibrationSlider } from '../calibration-slider';
import { largeRows, syntheticRaw } from '../story-data';
import { TruthTableViewer } from '../truth-table-viewer';

/**
 * Pages for `scripts/bench-widgets.mjs`, which drives them in Chromium and reads the timings they
 * leave in `window.wayfinderBench`. Not part of the test run: they measure, they do not assert.
 */
type Bench = Record<string, number | number[]>;
const bench = (): Bench => ((window as unknown as { wayfinderBench?: Bench }).wayfinderBench ??= {});

const conditions16 = Array.from({ length: 16 }, (_, j) => ({ name: `C${String(j + 1).padStart(2, '0')}`, levels: 2 }));

function TableMount() {
  const rows = useMemo(() => largeRows(16), []);
  const [mounted, setMounted] = useState(false);
  const clicked = useRef(0);
  useLayoutEffect(() => {
    if (!mounted) return;
    const committed = performance.now();
    requestAnimationFrame(() => {
      bench().tableCommitMs = committed - clicked.current;
      bench().tableFirstFrameMs = performance.now() - clicked.current;
    });
  }, [mounted]);
  return (
    <div>
      <button
        type="button"
        onClick={() => {
          clicked.current = performance.now();
          setMounted(true);
        }}
      >
        Mount 65,536 rows
      </button>
      {mounted && <TruthTableViewer conditions={conditions16} rows={rows} label="Benchmark table" />}
    </div>
  );
}

const CASES = 1000;
const names = Array.from({ length: 8 }, (_, j) => `X${j + 1}`);

function DragLoop() {
  const raw = useMemo(() => syntheticRaw(CASES, 9), []);
  const cases = useMemo(() => raw[0]!.map((_, index) => `case ${index + 1}`), [raw]);
  // The other seven conditions and the outcome are calibrated once; X1 follows the slider.
  const fixed = useMemo(() => raw.map((values) => calibrate(values, toCalibration(suggestSetting(values, 'direct')))), [raw]);
  const [first, setFirst] = useState<number[]>(fixed[0]!);
  const changed = useRef(0);
  const table = useMemo(() => {
    const started = performance.now();
    const columns = Object.fromEntries([...names.map((name, j) => [name, j === 0 ? first : fixed[j]!]), ['Y', fixed[8]!]]);
    const result = createTruthTable({ cases, columns }, { outcome: 'Y', conditions: names, inclCut: 0.8 });
    (bench().truthTableMs = (bench().truthTableMs as number[] | undefined) ?? []).push(performance.now() - started);
    return result;
  }, [first]);
  useLayoutEffect(() => {
    if (changed.current === 0) return;
    (bench().stepCommitMs = (bench().stepCommitMs as number[] | undefined) ?? []).push(performance.now() - changed.current);
  }, [table]);
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <CalibrationSlider
        variable="X1"
        values={raw[0]!}
        cases={cases}
        modes={['direct']}
        onMembershipsChange={(memberships) => {
          changed.current = performance.now();
          setFirst(memberships);
        }}
      />
      <TruthTableViewer conditions={names.map((name) => ({ name, levels: 2 }))} rows={listRows(table, false)} height={300} label="Benchmark truth table" />
    </div>
  );
}

/**
 * A random study of `cases` cases: `conditions` fuzzy conditions and an outcome with memberships to
 * two decimals from a fixed seed, so the truth table has many observed, inconsistent rows and the
 * conservative solution many models (about 3,400 for 200 × 8 at incl 0.8).
 */
function randomStudyCsv(cases: number, conditions: number, seed = 7): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const names = [...Array.from({ length: conditions }, (_, j) => `C${j + 1}`), 'Y'];
  const rows = Array.from({ length: cases }, (_, index) => [`case ${index + 1}`, ...names.map(() => next().toFixed(2))].join(','));
  return [['case', ...names].join(','), ...rows].join('\n');
}

function StudyRun({ cases, conditions }: { cases: number; conditions: number }) {
  const source = useMemo(() => randomStudyCsv(cases, conditions), [cases, conditions]);
  return <QcaWorkbench defaultValue={{ ...emptyAnalysis('Benchmark'), source }} createClient={() => createQcaClient(() => new QcaWorker())} />;
}

// The accessibility addon runs axe over the page after each change, on the main thread: a bench of the widgets leaves it out.
const meta = { title: 'QCA/Benchmarks', tags: ['!test', '!autodocs'], parameters: { layout: 'padded' }, globals: { a11y: { manual: true } } } satisfies Meta;
export default meta;

export const MountLargeTable: StoryObj = { name: 'Mount a 2^16-row table', render: () => <TableMount /> };
export const DragToTruthTable: StoryObj = { name: 'Drag an anchor: 1,000 cases × 8 conditions', render: () => <DragLoop /> };
export const Study200x8: StoryObj = { name: 'Minimize 200 cases × 8 conditions', render: () => <StudyRun cases={200} conditions={8} /> };
export const Study2000x12: StoryObj = { name: 'Minimize 2,000 cases × 12 conditions', render: () => <StudyRun cases={2000} conditions={12} /> };
