// Build entries come from the package's own `exports` map, so the published subpaths and the
// bundles built for them can never drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCE_CONDITION = '@wayfinder/source';

interface ExportTarget {
  [SOURCE_CONDITION]?: string;
  import?: { default: string };
}

export function entriesFromExports(packageDir: string): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { exports?: Record<string, string | ExportTarget> };
  const entries: Record<string, string> = {};
  for (const target of Object.values(pkg.exports ?? {})) {
    if (typeof target !== 'object') continue;
    const source = target[SOURCE_CONDITION];
    if (!source || !/\.tsx?$/.test(source) || !target.import) continue;
    entries[target.import.default.replace(/^\.\/dist\//, '').replace(/\.js$/, '')] = source;
  }
  return entries;
}
