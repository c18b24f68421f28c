#!/usr/bin/env node
// For every benchmark chart the engine cannot prove minimal, solves the same covering problem
// (minimize the implicants, every positive row covered) with the MIP solver HiGHS, and prints the
// engine's model size and proven bound beside what HiGHS proves within a time limit. A measurement
// of how far a real MIP solver gets on this machine, not part of the engine.
//   node scripts/bench-qca-mip.mjs [--limit SECONDS] [--only NAME-SUBSTRING]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import loadHighs from 'highs';

const root = new URL('..', import.meta.url).pathname;
const benchDir = join(root, 'tests/fixtures/qca/bench');
const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const limitSeconds = Number(option('--limit', '60'));
const only = option('--only', 'uniform30-k1');

const { minimizeRows } = await import(join(root, 'packages/core/dist/qca/minimize-rows.js'));
const highs = await loadHighs();

/** The covering problem in CPLEX LP format: one binary per implicant, one row per positive row. */
function coverProgram(/** @type {number[][]} */ implicantRows) {
  /** @type {Map<number, number[]>} */
  const byRow = new Map();
  implicantRows.forEach((rows, column) => {
    for (const row of rows) byRow.set(row, [...(byRow.get(row) ?? []), column]);
  });
  const names = implicantRows.map((_, column) => `x${column}`);
  return [
    'Minimize',
    ` size: ${names.join(' + ')}`,
    'Subject To',
    ...[...byRow.values()].map((columns, index) => ` r${index}: ${columns.map((column) => names[column]).join(' + ')} >= 1`),
    'Binary',
    ` ${names.join(' ')}`,
    'End',
  ].join('\n');
}

console.log(`${'problem'.padEnd(16)} ${'solution'.padEnd(13)} ${'PIs'.padStart(7)} ${'engine'.padStart(8)} ${'bound'.padStart(7)} ${'HiGHS'.padStart(8)} ${'seconds'.padStart(8)}  status`);
const problems = readdirSync(benchDir).filter((file) => /^(uniform|planted).*\.json$/.test(file) && file.includes(only)).sort();
for (const file of problems) {
  const problem = JSON.parse(readFileSync(join(benchDir, file), 'utf8'));
  for (const kind of ['parsimonious', 'conservative']) {
    const solution = minimizeRows({ noflevels: problem.conditions.map(() => 2), positive: problem.positive, negative: problem.negative }, kind, { modelCap: 1 });
    if (solution.provenMinimal) continue;
    const started = process.hrtime.bigint();
    const result = highs.solve(coverProgram(solution.implicantRows), { output_flag: false, time_limit: limitSeconds, threads: 1 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const size = result.ObjectiveValue === undefined ? '-' : String(Math.round(result.ObjectiveValue));
    console.log(
      `${file.replace('.json', '').padEnd(16)} ${kind.padEnd(13)} ${String(solution.implicants.length).padStart(7)} ${String(solution.models[0].terms.length).padStart(8)} ${String(solution.sizeLowerBound).padStart(7)} ${size.padStart(8)} ${seconds.toFixed(1).padStart(8)}  ${result.Status}`,
    );
  }
}
