#!/usr/bin/env node
// Runs the whole test suite several times while other processes keep every core busy, to prove
// that no test depends on the machine's speed. Prints each run's result, time and load, writes
// reports/test-stress.json, and exits non-zero if any run failed.
//   node scripts/test-stress.mjs [--runs N] [--busy N]   (defaults: 3 runs, one busy process per core)
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

const args = process.argv.slice(2);
/** @param {string} name @param {number} fallback */
const option = (name, fallback) => {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} takes a whole number, not ${args[at + 1]}`);
  return value;
};
const runs = option('--runs', 3);
const busy = option('--busy', availableParallelism());

const hogs = Array.from({ length: busy }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stopHogs = () => hogs.forEach((hog) => hog.kill('SIGKILL'));
process.on('exit', stopHogs);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => process.exit(130));

/** Runs `pnpm test` once, sampling the load average every 5 s while it runs. */
function runSuite() {
  return new Promise((resolve) => {
    const started = Date.now();
    const loads = [loadavg()[0] ?? 0];
    const sampler = setInterval(() => loads.push(loadavg()[0] ?? 0), 5000);
    const child = spawn('pnpm', ['test'], { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
    child.on('exit', (code) => {
      clearInterval(sampler);
      resolve({
        passed: code === 0,
        seconds: Math.round((Date.now() - started) / 100) / 10,
        load: { mean: Math.round((loads.reduce((a, b) => a + b, 0) / loads.length) * 10) / 10, max: Math.round(Math.max(...loads) * 10) / 10 },
      });
    });
  });
}

console.log(`Stress run: ${runs} × pnpm test with ${busy} busy process(es) on ${availableParallelism()} core(s).`);
const results = [];
for (let run = 1; run <= runs; run++) {
  console.log(`\n===== run ${run} of ${runs} =====`);
  results.push(await runSuite());
}
stopHogs();

console.log('\n================ stress summary ================');
results.forEach((result, index) => console.log(`run ${index + 1}: ${result.passed ? 'passed' : 'FAILED'} in ${result.seconds} s, load average ${result.load.mean} (max ${result.load.max})`));
mkdirSync('reports', { recursive: true });
writeFileSync('reports/test-stress.json', `${JSON.stringify({ cores: availableParallelism(), busy, results }, null, 2)}\n`);
process.exit(results.every((result) => result.passed) ? 0 : 1);
