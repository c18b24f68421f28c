#!/usr/bin/env node
// Draws a run or control chart from a request (the JSON format of the SPC reference fixtures) and
// prints the result in the same format: `wayfinder-spc REQUEST.json`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const [file] = args;
if (!file || args.length > 1) {
  console.error('usage: wayfinder-spc REQUEST.json');
  process.exit(2);
}

const entry = fileURLToPath(new URL('../dist/spc.js', import.meta.url));
if (!existsSync(entry)) {
  console.error('wayfinder-spc: @wayfinder/core is not built; run `pnpm build` at the repository root first.');
  process.exit(2);
}
const { spcChart } = await import(entry);

let request;
try {
  request = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`wayfinder-spc: cannot read ${file}: ${error.message}`);
  process.exit(2);
}
try {
  process.stdout.write(`${JSON.stringify(spcChart(request), null, 2)}\n`);
} catch (error) {
  console.error(`wayfinder-spc: ${error.message}`);
  // A request that breaks the format is the caller's to fix (2); anything else failed while charting (1).
  process.exit(error.code === 'spc/request' ? 2 : 1);
}
