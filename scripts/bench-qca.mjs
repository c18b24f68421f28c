#!/usr/bin/env node
// Solves every benchmark problem of tests/fixtures/qca/bench with the built @wayfinder/core,
// each in its own worker thread under a time limit, and compares with QCA's timings on the same
// machine kind; then the research shape QCA gives up on, generated here: 20 or 40 observed cases
// over 16 to 30 conditions, a planted rule plus noise. Prints a table and writes
// reports/bench-qca.json.
//   node scripts/bench-qca.mjs [--limit SECONDS] [--only NAME-SUBSTRING]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const root = new URL('..', import.meta.url).pathname;
const benchDir = join(process.env.WAYFINDER_FIXTURES ?? join(root, 'tests/fixtures'), 'qca/bench');
const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const limitSeconds = Number(option('--limit', '60') ?? '60');
const only = option('--only', '') ?? '';

const reference = JSON.parse(readFileSync(join(benchDir, 'results-r.json'), 'utf8'));
/** @param {string} design @param {number} k @param {string} solution */
const qcaTime = (design, k, solution) =>
  reference.results.find((/** @type {any} */ entry) => entry.design === design && entry.k === k && entry.solution === solution && entry.method === 'CCubes');

const workerSource = `
  const { parentPort, workerData } = require('node:worker_threads');
  import(workerData.entry).then(({ minimizeRows }) => {
    const { problem, kind } = workerData;
    const noflevels = problem.conditions.map(() => 2);
    const started = process.hrtime.bigint();
    const solution = minimizeRows({ noflevels, positive: problem.positive, negative: problem.negative }, kind, { modelCap: 1000 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const names = (term) => term.map((level, j) => level < 0 ? null : (level === 1 ? '' : '~') + problem.conditions[j]).filter(Boolean).join('*');
    const first = solution.models[0];
    parentPort.postMessage({
      seconds,
      primeImplicants: solution.implicants.length,
      models: solution.modelCount,
      modelsTruncated: solution.modelsTruncated,
      modelCountExact: solution.modelCountExact,
      provenMinimal: solution.provenMinimal,
      sizeLowerBound: solution.sizeLowerBound,
      modelSize: first ? first.terms.length : null,
      model1: first ? first.terms.map((index) => names(solution.implicants[index])).join(' + ') : null,
    });
  }).catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

/**
 * @param {{ conditions: string[], positive: number[], negative: number[] }} problem
 * @param {'parsimonious' | 'conservative'} kind
 * @returns {Promise<any>}
 */
function run(problem, kind) {
  return new Promise((resolve) => {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { entry: join(root, 'packages/core/dist/qca/minimize-rows.js'), problem, kind },
      resourceLimits: { maxOldGenerationSizeMb: 8192 },
    });
    const timer = setTimeout(() => {
      worker.terminate();
      resolve({ error: `over the ${limitSeconds} s limit` });
    }, limitSeconds * 1000);
    worker.once('message', (message) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(message);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ error: String(error) });
    });
  });
}

/**
 * Few cases over many conditions: each case a row drawn at random (a fixed seed), its outcome the
 * rule C1*C2 + C3*~C4 with one case in ten flipped; a row drawn twice keeps its first outcome.
 * @param {number} cases @param {number} k
 */
function wideProblem(cases, k) {
  let seed = 1000 * cases + k;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const conditions = Array.from({ length: k }, (_, j) => `C${j + 1}`);
  /** @type {Map<number, boolean>} */
  const outcomes = new Map();
  for (let drawn = 0; drawn < cases; drawn += 1) {
    const bits = conditions.map(() => (random() < 0.5 ? 1 : 0));
    const rule = (bits[0] === 1 && bits[1] === 1) || (bits[2] === 1 && bits[3] === 0);
    const id = bits.reduce((/** @type {number} */ value, bit) => 2 * value + bit, 0) + 1;
    if (!outcomes.has(id)) outcomes.set(id, random() < 0.1 ? !rule : rule);
  }
  const ids = [...outcomes.keys()].sort((a, b) => a - b);
  return { design: `wide${cases}`, k, conditions, positive: ids.filter((id) => outcomes.get(id)), negative: ids.filter((id) => !outcomes.get(id)) };
}

const problems = [
  ...readdirSync(benchDir)
    .filter((file) => /^(uniform|planted).*\.json$/.test(file))
    .sort()
    .map((file) => ({ name: file.replace('.json', ''), problem: JSON.parse(readFileSync(join(benchDir, file), 'utf8')) })),
  ...[20, 40].flatMap((cases) => [16, 20, 24, 30].map((k) => ({ name: `wide${cases}-k${k}`, problem: wideProblem(cases, k) }))),
].filter(({ name }) => name.includes(only));
const rows = [];
const pad = (/** @type {unknown} */ value, /** @type {number} */ width) => String(value).padStart(width);
// models: the count ("≥" when only a lower bound is known); size: terms per model ("≤ n, ≥ lb" when minimality is unproven).
console.log(`${'problem'.padEnd(18)} ${'solution'.padEnd(13)} ${pad('pos', 7)} ${pad('neg', 7)} ${pad('seconds', 9)} ${pad('PIs', 9)} ${pad('models', 10)} ${pad('size', 12)} ${pad('QCA s', 7)} ${pad('ratio', 7)}  check`);
/** @param {any} row */
const modelsText = (row) => (row.models === null ? '-' : `${row.modelCountExact ? '' : '≥'}${row.models > 1e6 ? row.models.toExponential(1) : row.models}`);
/** @param {any} row */
const sizeText = (row) => (row.modelSize === null ? '-' : row.provenMinimal ? String(row.modelSize) : `≤${row.modelSize}, ≥${row.sizeLowerBound}`);
for (const { name, problem } of problems) {
  for (const kind of /** @type {const} */ (['parsimonious', 'conservative'])) {
    const qca = qcaTime(problem.design, problem.k, kind) ?? { error: 'not run by the reference (beyond its limits)' };
    const outcome = await run(problem, kind);
    const qcaSeconds = qca.median_seconds ?? null;
    let check = '';
    if (!outcome.error && qcaSeconds !== null) {
      const same = outcome.primeImplicants === qca.n_prime_implicants && outcome.models === qca.n_models && outcome.model1 === qca.model_1;
      check = same ? 'same PIs, models, model 1 as QCA' : `DIFFERS from QCA (PIs ${qca.n_prime_implicants}, models ${qca.n_models})`;
    } else if (!outcome.error) {
      check = `QCA failed: ${qca.error}`;
    }
    const row = {
      problem: name,
      solution: kind,
      positive: problem.positive.length,
      negative: problem.negative.length,
      seconds: outcome.seconds ?? null,
      primeImplicants: outcome.primeImplicants ?? null,
      models: outcome.models ?? null,
      modelsTruncated: outcome.modelsTruncated ?? null,
      modelCountExact: outcome.modelCountExact ?? null,
      provenMinimal: outcome.provenMinimal ?? null,
      modelSize: outcome.modelSize ?? null,
      sizeLowerBound: outcome.sizeLowerBound ?? null,
      qcaSeconds,
      ratioToQca: outcome.seconds !== undefined && qcaSeconds ? outcome.seconds / qcaSeconds : null,
      error: outcome.error ?? null,
      check,
    };
    rows.push(row);
    console.log(
      `${row.problem.padEnd(18)} ${kind.padEnd(13)} ${pad(row.positive, 7)} ${pad(row.negative, 7)} ${pad(row.seconds === null ? '-' : row.seconds.toFixed(3), 9)} ${pad(row.primeImplicants ?? '-', 9)} ${pad(modelsText(row), 10)} ${pad(sizeText(row), 12)} ${pad(qcaSeconds ?? 'fail', 7)} ${pad(row.ratioToQca === null ? '-' : row.ratioToQca.toFixed(3), 7)}  ${row.error ?? check}`,
    );
  }
}
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/bench-qca.json'), `${JSON.stringify({ limitSeconds, machine: { cores: 2, node: process.version }, rows }, null, 2)}\n`);
console.log('\nreport: reports/bench-qca.json');
