import { defineConfig } from 'tsup';
import { entriesFromExports } from '../../scripts/tsup-entries.ts';

export default defineConfig([
  {
    entry: entriesFromExports(import.meta.dirname),
    format: ['esm', 'cjs'],
    sourcemap: true,
    clean: true,
    target: 'es2022',
  },
  {
    // The stylesheets ship as plain CSS with their @imports inlined, for hosts to import once.
    entry: { styles: 'src/styles.css', tokens: 'src/theme/tokens.css' },
    minify: false,
  },
]);
