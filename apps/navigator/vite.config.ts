/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { testLimits } from '../../tests/support/timeouts.ts';

export default defineConfig({
  plugins: [react()],
  // The app runs on the workspace packages' source: no library build before `pnpm dev`.
  resolve: { conditions: ['@wayfinder/source', ...defaultClientConditions] },
  // A fixed port (APP_PORT, 5173 by default): a port in use stops the server rather than moving it.
  server: { port: Number(process.env.APP_PORT ?? 5173), strictPort: true },
  build: {
    rolldownOptions: {
      // radix-ui's "use client" banners are meaningless in a client bundle.
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
    ...testLimits,
  },
});
