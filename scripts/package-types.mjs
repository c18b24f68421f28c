// Turns the declarations `tsc -b` wrote to each package's dist/types into what consumers resolve:
// relative imports made explicit (`./model` → `./model.js`, as node16 resolution requires), a
// CommonJS twin of every file (`.d.cts` importing `.cjs`, so `require` users get CommonJS types),
// and one small file per entry of the `exports` map that re-exports its source module's types.
// Usage: node scripts/package-types.mjs [packageDir ...] (default: every package under packages/).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE_CONDITION = '@wayfinder/source';
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const packageDirs = args.length > 0 ? args.map((dir) => resolve(dir)) : readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name));

// `from './x'`, `import('./x')`, `import './x'`: the specifier is the quoted relative path.
const relativeSpecifier = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

/** @param {string} dir @returns {Generator<string>} */
function* declarationFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarationFiles(path);
    else if (entry.name.endsWith('.d.ts')) yield path;
  }
}

/**
 * The module a relative specifier names, as a path without extension: `./x` is `./x.d.ts` or `./x/index.d.ts`.
 * @param {string} file @param {string} specifier
 */
function resolveSpecifier(file, specifier) {
  const base = resolve(dirname(file), specifier.replace(/\.js$/, ''));
  if (existsSync(`${base}.d.ts`)) return base;
  if (existsSync(join(base, 'index.d.ts'))) return join(base, 'index');
  throw new Error(`${relative(root, file)}: cannot resolve "${specifier}" to a declaration file`);
}

/** @param {string} fromFile @param {string} modulePath @param {string} extension */
function specifierTo(fromFile, modulePath, extension) {
  const path = relative(dirname(fromFile), modulePath).replaceAll('\\', '/');
  return `${path.startsWith('.') ? path : `./${path}`}${extension}`;
}

/** @param {string} file @param {string} text */
function writeTwins(file, text) {
  const rewrite = (/** @type {string} */ extension) =>
    text.replace(relativeSpecifier, (/** @type {string} */ _, /** @type {string} */ keyword, /** @type {string} */ quote, /** @type {string} */ specifier) => `${keyword}${quote}${specifierTo(file, resolveSpecifier(file, specifier), extension)}${quote}`);
  writeFileSync(file, rewrite('.js'));
  writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), rewrite('.cjs'));
}

for (const packageDir of packageDirs) {
  const typesDir = join(packageDir, 'dist', 'types');
  if (!existsSync(typesDir)) throw new Error(`${relative(root, typesDir)} is missing: run \`tsc -b\` on the package's tsconfig.build.json first.`);
  for (const file of declarationFiles(typesDir)) writeTwins(file, readFileSync(file, 'utf8'));

  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  for (const target of Object.values(pkg.exports ?? {})) {
    if (typeof target !== 'object' || !target.import?.types) continue;
    const source = target[SOURCE_CONDITION];
    if (!source || !/\.tsx?$/.test(source)) continue;
    const module = join(typesDir, relative(join(packageDir, 'src'), join(packageDir, source)).replace(/\.tsx?$/, ''));
    const entry = join(packageDir, target.import.types);
    if (!existsSync(`${module}.d.ts`)) throw new Error(`${relative(root, entry)}: no declarations were emitted for ${source}`);
    writeFileSync(entry, `export * from '${specifierTo(entry, module, '.js')}';\n`);
    writeFileSync(join(packageDir, target.require.types), `export * from '${specifierTo(entry, module, '.cjs')}';\n`);
  }
}
