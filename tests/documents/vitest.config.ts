import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';
import { testLimits } from '../support/timeouts.ts';

/** Every document reader under arbitrary and broken input, and what it accepts rendered by the widgets that show it. */
export default defineProject({
  plugins: [react()],
  resolve: { conditions: ['@wayfinder/source', ...defaultClientConditions] },
  test: {
    name: 'documents',
    environment: 'jsdom',
    include: ['**/*.fuzz.{ts,tsx}'],
    setupFiles: [fileURLToPath(new URL('../setup/jsdom.ts', import.meta.url))],
    ...testLimits,
  },
});
