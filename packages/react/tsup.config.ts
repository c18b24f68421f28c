import { defineConfig } from 'tsup';
import { entriesFromExports } from '../../scripts/tsup-entries.ts';

export default defineConfig({
  entry: entriesFromExports(import.meta.dirname),
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { composite: false } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
