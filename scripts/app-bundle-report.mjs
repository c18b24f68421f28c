#!/usr/bin/env node
// Gzipped size of every file of the Navigator app's production build (run `pnpm build:app` first),
// with the entry (what the home page loads) and the total checked against size-budgets.json.
// Writes reports/app-bundle.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'apps/navigator/dist');
const budgets = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]));

const files = readdirSync(join(dist, 'assets'))
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => {
    const content = readFileSync(join(dist, 'assets', name));
    return { file: `assets/${name}`, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length, entry: entry.has(`assets/${name}`) };
  })
  .sort((a, b) => b.gzip - a.gzip);

/** @param {Array<{ gzip: number }>} rows */
const sum = (rows) => rows.reduce((total, row) => total + row.gzip, 0);
const totals = { entry: sum(files.filter((row) => row.entry)), all: sum(files) };
const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(2)} kB`;
const width = Math.max(...files.map((row) => row.file.length));
console.log(`${'file'.padEnd(width)}  ${'min'.padStart(10)}  ${'gzip'.padStart(10)}`);
for (const row of files) console.log(`${row.file.padEnd(width)}  ${kb(row.bytes).padStart(10)}  ${kb(row.gzip).padStart(10)}${row.entry ? '  (entry)' : ''}`);

let failed = false;
for (const [name, total] of Object.entries(totals)) {
  const key = `apps/navigator ${name}`;
  const budget = budgets[key];
  const status = budget === undefined ? 'NO BUDGET' : total > budget ? 'OVER' : 'ok';
  if (status !== 'ok') failed = true;
  console.log(`${key.padEnd(width)}  ${''.padStart(10)}  ${kb(total).padStart(10)}  budget ${budget === undefined ? '-' : kb(budget)}  ${status}`);
}
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/app-bundle.json'), `${JSON.stringify({ files, totals }, null, 2)}\n`);
if (failed) process.exit(1);
