import { defineConfig } from 'vitest/config';
import { testLimits } from '../support/timeouts.ts';

// Not one of the workspace's test projects: it needs the packages built first (`pnpm build`), so it
// runs as its own command, `pnpm test:embed`, after the build in CI.
export default defineConfig({
  test: {
    name: 'embed',
    root: new URL('.', import.meta.url).pathname,
    environment: 'node',
    include: ['*.check.ts'],
    ...testLimits,
  },
});
