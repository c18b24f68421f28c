import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { assertChromium, chromiumArgs } from './chromium.ts';
import { timeouts } from './timeouts.ts';

const require = createRequire(import.meta.url);
const artifacts = fileURLToPath(new URL('../e2e/__artifacts__/', import.meta.url));

/** One Chromium for a test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not launched yet: use it inside a test.');
    return browser;
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: assertChromium(), args: chromiumArgs });
}

/** A fresh context per test: its own IndexedDB, so tests never see each other's data. */
export async function openPage(browser: Browser, url: string, viewport = { width: 1100, height: 760 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  // The dev server transforms the app on first load, slowly on a busy machine: waits are for states.
  context.setDefaultTimeout(timeouts.wait);
  context.setDefaultNavigationTimeout(timeouts.wait);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(url);
  return page;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core in the page and returns its violations, summarised for a readable failure. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document);
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => ({ target: node.target })) }));
  });
}

/** Screenshots are test artefacts, kept under tests/e2e/__artifacts__ for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifacts, { recursive: true });
  const path = `${artifacts}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * The page printed to PDF by Chromium, A4, next to the screenshots, to look at its pages; returns
 * how many bytes. Backgrounds are left out, as a browser's print dialog does by default.
 */
export async function printToPdf(page: Page, name: string): Promise<number> {
  mkdirSync(artifacts, { recursive: true });
  const pdf = await page.pdf({ path: `${artifacts}${name}.pdf`, format: 'A4', printBackground: false });
  return pdf.byteLength;
}
