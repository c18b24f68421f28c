import { defineProject } from 'vitest/config';
import { testLimits } from '../../tests/support/timeouts.ts';

export default defineProject({
  test: { name: 'core', environment: 'node', include: ['src/**/*.test.ts'], ...testLimits },
});
