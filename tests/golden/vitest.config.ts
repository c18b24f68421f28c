import { defineProject } from 'vitest/config';
import { testLimits } from '../support/timeouts.ts';

export default defineProject({
  // Workspace packages run from source here too: inline them so Vite resolves the source condition.
  resolve: { conditions: ['@wayfinder/source'] },
  ssr: { resolve: { conditions: ['@wayfinder/source'], externalConditions: ['@wayfinder/source'] } },
  test: {
    name: 'golden',
    environment: 'node',
    include: ['**/*.golden.ts'],
    ...testLimits,
    server: { deps: { inline: [/@wayfinder\//] } },
  },
});
