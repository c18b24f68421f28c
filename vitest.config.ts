import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './tests/support/chromium.ts';
import { testLimits } from './tests/support/timeouts.ts';

export default defineConfig({
  test: {
    // CI reads the counts from a JSON report for its summary line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/vitest.json' }]] : ['default'],
    projects: [
      'packages/*',
      'apps/*',
      'tests/*/vitest.config.ts',
      {
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          // The benchmark pages measure for `pnpm bench:widgets`; they have nothing to assert.
          exclude: [...configDefaults.exclude, '**/Benchmarks.stories.tsx'],
          ...testLimits,
          browser: {
            enabled: true,
            headless: true,
            instances: [{ browser: 'chromium' }],
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
          },
        },
      },
    ],
  },
});
