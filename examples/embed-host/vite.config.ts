import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// No `@wayfinder/source` condition: the packages resolve to their published `dist` files, so this
// build proves the artefacts a host installs, not the workspace sources.
export default defineConfig({
  plugins: [react()],
  build: {
    rollupOptions: {
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
