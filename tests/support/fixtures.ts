import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The shared fixtures live beside the repository (`../shared/fixtures`), on developer machines and
 * in CI alike; WAYFINDER_FIXTURES points elsewhere.
 */
export function fixturesDir(): string {
  const dir = process.env.WAYFINDER_FIXTURES ?? fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
  if (!existsSync(dir)) throw new Error(`Reference fixtures not found at ${dir}. Set WAYFINDER_FIXTURES to their folder.`);
  return dir.endsWith('/') ? dir : `${dir}/`;
}
