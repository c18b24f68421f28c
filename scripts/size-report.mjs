#!/usr/bin/env node
// Gzipped size of every public entry point, as a host's bundler would ship it: the built dist
// file bundled with its own dependencies (workspace siblings included), minified, React external.
// Each entry must have a budget in size-budgets.json; over budget or unbudgeted fails the run.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const budgets = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const peers = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

/** @param {string} file */
async function measure(file) {
  if (file.endsWith('.css')) return { bytes: readFileSync(file).length, gzip: gzipSync(readFileSync(file), { level: 9 }).length };
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external: peers,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = /** @type {import('esbuild').OutputFile} */ (result.outputFiles?.[0]).contents;
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const rows = [];
for (const dir of readdirSync(join(root, 'packages')).sort()) {
  const pkgDir = join(root, 'packages', dir);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (subpath === './package.json') continue;
    const file = typeof target === 'string' ? target : (target.import?.default ?? target.default);
    const entry = `${pkg.name}${subpath.slice(1)}`;
    const size = await measure(join(pkgDir, file));
    const budget = budgets[entry];
    const status = budget === undefined ? 'NO BUDGET' : size.gzip > budget ? 'OVER' : 'ok';
    rows.push({ entry, ...size, budget: budget ?? null, status });
  }
}

const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(2)} kB`;
const width = Math.max(...rows.map((row) => row.entry.length));
console.log(`${'entry'.padEnd(width)}  ${'min'.padStart(10)}  ${'gzip'.padStart(10)}  ${'budget'.padStart(10)}  status`);
for (const row of rows) {
  console.log(
    `${row.entry.padEnd(width)}  ${kb(row.bytes).padStart(10)}  ${kb(row.gzip).padStart(10)}  ${(row.budget ? kb(row.budget) : '-').padStart(10)}  ${row.status}`,
  );
}
// Budgets under apps/ belong to the app's bundle report (scripts/app-bundle-report.mjs).
for (const name of Object.keys(budgets).filter((key) => !key.startsWith('apps/'))) {
  if (!rows.some((row) => row.entry === name)) console.log(`stale budget (no such entry): ${name}`);
}
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports', 'size.json'), `${JSON.stringify(rows, null, 2)}\n`);

const failed = rows.filter((row) => row.status !== 'ok');
if (failed.length > 0) {
  console.error(`\n${failed.length} entr${failed.length === 1 ? 'y is' : 'ies are'} over budget or unbudgeted: ${failed.map((row) => row.entry).join(', ')}`);
  process.exit(1);
}
