/**
 * Tests wait for the state they need, never for a length of time. These limits only stop a test
 * that would otherwise hang: each is at least ten times what the slowest test or wait takes on a
 * machine whose two cores are both busy with other work (`pnpm test:stress`), so a slow machine
 * makes the suite slower, never red.
 */
export const timeouts = {
  /** A whole test, hooks included (the slowest, an end-to-end journey, takes about 6 s under load). */
  test: 120_000,
  hook: 180_000,
  /** Testing Library's `findBy*` and `waitFor`, and Playwright's waits for an element or a page. */
  wait: 30_000,
} as const;

/** The limits as Vitest options, for every project's `test` block. */
export const testLimits = { testTimeout: timeouts.test, hookTimeout: timeouts.hook } as const;
