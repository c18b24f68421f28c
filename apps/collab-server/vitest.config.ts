import { defineConfig } from 'vitest/config';
import { testLimits } from '../../tests/support/timeouts.ts';

export default defineConfig({
  // The kit's documents are checked with the workspace packages, from source as everywhere in the tests.
  resolve: { conditions: ['@wayfinder/source'] },
  ssr: { resolve: { conditions: ['@wayfinder/source'], externalConditions: ['@wayfinder/source'] } },
  test: { name: 'collab-server', environment: 'node', include: ['src/**/*.test.ts'], server: { deps: { inline: [/@wayfinder\//] } }, ...testLimits },
});
