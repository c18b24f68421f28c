import { defineConfig } from 'vitest/config';
import { testLimits } from '../../tests/support/timeouts.ts';

export default defineConfig({
  test: { name: 'collab-server', environment: 'node', include: ['src/**/*.test.ts'], ...testLimits },
});
