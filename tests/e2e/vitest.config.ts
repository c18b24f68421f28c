import { defineProject } from 'vitest/config';
import { testLimits } from '../support/timeouts.ts';

export default defineProject({
  // The tests build documents with the workspace packages, from source as everywhere in the tests.
  resolve: { conditions: ['@wayfinder/source'] },
  ssr: { resolve: { conditions: ['@wayfinder/source'], externalConditions: ['@wayfinder/source'] } },
  test: {
    name: 'e2e',
    server: { deps: { inline: [/@wayfinder\//] } },
    environment: 'node',
    include: ['**/*.e2e.ts'],
    globalSetup: ['../support/serve-app.ts'],
    ...testLimits,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
