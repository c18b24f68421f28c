import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';
import { testLimits } from '../../tests/support/timeouts.ts';

export default defineProject({
  plugins: [react()],
  resolve: { conditions: ['@wayfinder/source', ...defaultClientConditions] },
  test: { name: 'react', environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'], setupFiles: [fileURLToPath(new URL('../../tests/setup/jsdom.ts', import.meta.url))], ...testLimits },
});
