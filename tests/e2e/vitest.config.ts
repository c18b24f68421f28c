import { defineProject } from 'vitest/config';
import { testLimits } from '../support/timeouts.ts';

export default defineProject({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['**/*.e2e.ts'],
    globalSetup: ['../support/serve-app.ts'],
    ...testLimits,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
