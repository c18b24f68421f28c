#!/usr/bin/env node
// Times the built @wayfinder/core/spc on long series: every chart type over 10,000 points (1,000
// subgroups of 10 for X̄ and S), the median of 21 runs after 5 warm-up runs. Prints a table and
// writes reports/bench-spc.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { spcChart } = await import(join(root, 'packages/core/dist/spc.js'));

/** A fixed series (a linear congruential generator), so every run times the same data. @param {number} count */
function series(count, seed = 7) {
  let state = seed;
  const uniform = () => ((state = (state * 48271) % 2147483647) / 2147483647);
  return Array.from({ length: count }, () => {
    // Box–Muller: normal values around 50 with SD 10.
    const [u, v] = [uniform(), uniform()];
    return 50 + 10 * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  });
}

const POINTS = 10_000;
const values = series(POINTS);
const counts = values.map((value) => Math.max(0, Math.round(value / 5)));
const denominators = values.map(() => 200);
const requests = {
  run: { chart: 'run', y: values },
  i: { chart: 'i', y: values },
  mr: { chart: 'mr', y: values },
  t: { chart: 't', y: values.map((value) => Math.abs(value) + 1) },
  g: { chart: 'g', y: counts },
  c: { chart: 'c', y: counts },
  u: { chart: 'u', y: counts, n: denominators },
  p: { chart: 'p', y: counts, n: denominators },
  up: { chart: 'up', y: counts, n: denominators },
  pp: { chart: 'pp', y: counts, n: denominators },
  xbar: { chart: 'xbar', y: values, x: values.map((_, index) => Math.floor(index / 10) + 1) },
  s: { chart: 's', y: values, x: values.map((_, index) => Math.floor(index / 10) + 1) },
};

/** @type {{ points: number, node: string, charts: Record<string, { medianMs: number, maxMs: number }> }} */
const report = { points: POINTS, node: process.version, charts: {} };
for (const [name, request] of Object.entries(requests)) {
  const times = [];
  for (let run = 0; run < 26; run += 1) {
    const start = performance.now();
    spcChart({ id: name, ...request });
    if (run >= 5) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  report.charts[name] = { medianMs: Number(/** @type {number} */ (times[10]).toFixed(2)), maxMs: Number(/** @type {number} */ (times.at(-1)).toFixed(2)) };
}
console.table(report.charts);
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/bench-spc.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('report: reports/bench-spc.json');
