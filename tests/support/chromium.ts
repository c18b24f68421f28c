import { existsSync } from 'node:fs';

/**
 * Tests drive Debian's Chromium: Playwright's own browser download cannot run on these machines.
 * The flags keep it from reaching for the network, which is closed here.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Read lazily by callers that launch a browser, so unit-test runs work on machines without one. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function assertChromium(): string {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return path;
}
