#!/usr/bin/env node
// Runs a QCA analysis request (the JSON format of the reference fixtures) and prints the result
// in the same format: `wayfinder-qca REQUEST.json [--compat qca]`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const compatAt = args.indexOf('--compat');
const compat = compatAt >= 0 ? args.splice(compatAt, 2)[1] : undefined;
const [file] = args;
if (!file || args.length > 1 || (compat && compat !== 'qca' && compat !== 'corrected')) {
  console.error('usage: wayfinder-qca REQUEST.json [--compat qca|corrected]');
  process.exit(2);
}

const entry = fileURLToPath(new URL('../dist/qca/reference.js', import.meta.url));
if (!existsSync(entry)) {
  console.error('wayfinder-qca: @wayfinder/core is not built; run `pnpm build` at the repository root first.');
  process.exit(2);
}
const { runReferenceRequest } = await import(entry);

let request;
try {
  request = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`wayfinder-qca: cannot read ${file}: ${error.message}`);
  process.exit(2);
}
try {
  const result = runReferenceRequest(compat ? { ...request, compat } : request);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} catch (error) {
  console.error(`wayfinder-qca: ${error.message}`);
  // A request that breaks the format is the caller's to fix (2); anything else failed while running (1).
  process.exit(error.code === 'qca/request' ? 2 : 1);
}
