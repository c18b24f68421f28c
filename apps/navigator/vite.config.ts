/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The app runs on the workspace packages' source: no library build before `pnpm dev`.
  resolve: { conditions: ['@wayfinder/source', ...defaultClientConditions] },
  build: {
    rollupOptions: {
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  test: {
    name: 'navigator',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: [fileURLToPath(new URL('../../tests/setup/jsdom.ts', import.meta.url))],
  },
});
