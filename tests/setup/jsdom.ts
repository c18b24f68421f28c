import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { timeouts } from '../support/timeouts.ts';

afterEach(() => cleanup());

// findBy* and waitFor wait for a state; a busy machine must not turn a slow render into a failure.
configure({ asyncUtilTimeout: timeouts.wait });

// jsdom has no layout engine; Radix primitives observe sizes, so give them an observer that never fires.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
