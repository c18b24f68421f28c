import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The reference fixtures the tests read (R's QCA and qicharts2 results, the QCA benchmark
 * problems): the repository's own copy in tests/fixtures, refreshed from the shared originals by
 * `pnpm fixtures:refresh`. WAYFINDER_FIXTURES points the tests at another folder of the same layout.
 */
export function fixturesDir(): string {
  const dir = process.env.WAYFINDER_FIXTURES ?? fileURLToPath(new URL('../fixtures/', import.meta.url));
  if (!existsSync(dir)) {
    throw new Error(`Reference fixtures not found at ${dir}${process.env.WAYFINDER_FIXTURES ? ' (the folder WAYFINDER_FIXTURES names)' : ''}.`);
  }
  return dir.endsWith('/') ? dir : `${dir}/`;
}
