#!/usr/bin/env node
// Brings tests/fixtures up to date with the shared reference fixtures (R's QCA and qicharts2
// results, the QCA benchmark problems) and says what changed. The tests read only the copy in the
// repository, so a clone runs them with nothing beside it; this script is how the copy moves.
//   node scripts/refresh-fixtures.mjs [FROM]      (FROM defaults to ../shared/fixtures)
//   node scripts/refresh-fixtures.mjs --check [FROM]   reports differences, changes nothing, exits 1 if any
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const from = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(root, '../shared/fixtures'));
const to = join(root, 'tests/fixtures');

if (!existsSync(from)) {
  console.log(`No shared fixtures at ${from}: nothing to refresh (tests/fixtures is unchanged).`);
  process.exit(0);
}

/** Every file under a folder, as paths relative to it. @param {string} dir */
function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

const digest = (/** @type {string} */ path) => createHash('sha256').update(readFileSync(path)).digest('hex');
const theirs = files(from);
const ours = new Set(files(to));
const added = theirs.filter((file) => !ours.has(file));
const changed = theirs.filter((file) => ours.has(file) && digest(join(from, file)) !== digest(join(to, file)));
const removed = [...ours].filter((file) => !theirs.includes(file));

for (const file of added) console.log(`added    ${file}`);
for (const file of changed) console.log(`changed  ${file}`);
for (const file of removed) console.log(`removed  ${file}`);
console.log(`${added.length} added, ${changed.length} changed, ${removed.length} removed, ${theirs.length - added.length - changed.length} unchanged (from ${from})`);

if (check) process.exit(added.length + changed.length + removed.length > 0 ? 1 : 0);
for (const file of [...added, ...changed]) {
  mkdirSync(dirname(join(to, file)), { recursive: true });
  // Contents only: the shared copies are read-only, the repository's are not.
  writeFileSync(join(to, file), readFileSync(join(from, file)));
}
for (const file of removed) rmSync(join(to, file));
