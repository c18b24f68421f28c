import { defineConfig } from 'tsup';
import { entriesFromExports } from '../../scripts/tsup-entries.ts';

export default defineConfig({
  entry: entriesFromExports(import.meta.dirname),
  format: ['esm', 'cjs'],
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
