import { emptyJourney, exportJourney, nextTripTicketVersion } from '@wayfinder/core/navigator';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openPage, pageErrors, screenshot, sharedBrowser } from '../support/browser.ts';

const browser = sharedBrowser();
const appUrl = inject('appUrl');

/** What the app keeps under `key`, as stored (JSON text), read straight from its IndexedDB. */
function stored(page: Page, key: string): Promise<string | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('wayfinder-navigator');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('kv').objectStore('kv').get(key);
          request.onsuccess = () => resolve(request.result as string | undefined);
          request.onerror = () => reject(request.error);
        };
      }),
    key,
  );
}

/** Puts text under `key` in the app's IndexedDB, as a damaged store or another version would have. */
function store(page: Page, key: string, text: string): Promise<void> {
  return page.evaluate(
    ([key, text]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('wayfinder-navigator');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('kv', 'readwrite');
          transaction.objectStore('kv').put(text, key);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [key, text] as const,
  );
}

/** A fresh page of the app with its new journey saved, so nothing it writes later races what a test puts in its store. */
async function freshApp(): Promise<Page> {
  const page = await openPage(browser(), appUrl);
  await page.getByRole('heading', { level: 1, name: /scaling for equity/i }).waitFor();
  await expect.poll(async () => (await stored(page, 'journey')) !== undefined).toBe(true);
  return page;
}

async function expectAccessible(page: Page, name: string) {
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, name);
}

function journeyWithTwoVersions(): Record<string, any> {
  const journey = emptyJourney('Harbor district');
  journey.tripTicket.push({ ...nextTripTicketVersion(journey, new Date('2026-03-02T15:04:05Z')), peoplePresent: [{ name: 'Priya Shah', role: 'Math coach' }] });
  journey.tripTicket.push({ ...nextTripTicketVersion(journey, new Date('2026-05-04T09:00:00Z')), peoplePresent: [{ name: 'Priya Shah', role: 'Math coach' }] });
  return JSON.parse(exportJourney(journey)) as Record<string, any>;
}

describe('stored work the app cannot read', () => {
  it('shows a journey with an impossible day as unreadable, names the day, and keeps it as stored across reloads', async () => {
    const page = await freshApp();
    const journey = journeyWithTwoVersions();
    journey.tripTicket[1].date = '2024-02-30';
    const text = JSON.stringify(journey);
    await store(page, 'journey', text);
    await page.goto(`${appUrl}#/journey/trip-ticket`);
    await page.reload();
    await page.getByText('Your saved journey could not be read, so nothing was changed').waitFor();
    expect(await page.getByText('must be a real date as YYYY-MM-DD').count()).toBe(1);
    await expectAccessible(page, 'storage-impossible-day');
    await page.reload();
    await page.getByText('Your saved journey could not be read, so nothing was changed').waitFor();
    expect(await stored(page, 'journey')).toBe(text);
    expect(pageErrors(page)).toEqual([]);
  });

  it('keeps stored settings with a broken template as they are, and the app usable, until the user starts over', async () => {
    const page = await freshApp();
    const broken = JSON.stringify({ version: 1, theme: 'dark', locale: 'en', productName: 'Harbor', messages: { 'app.nav.home': '{broken' } });
    await store(page, 'settings', broken);
    await page.reload();
    await page.getByText('Your saved settings could not be read, so nothing was changed').waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journey' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journey' }).waitFor();
    await expectAccessible(page, 'storage-broken-settings');
    expect(await stored(page, 'settings')).toBe(broken);
    await page.getByRole('button', { name: 'Start over' }).first().click();
    await page.getByRole('button', { name: 'Replace the saved copy' }).click();
    await page.getByText('Your saved settings could not be read').waitFor({ state: 'detached' });
    await expect.poll(async () => JSON.parse((await stored(page, 'settings')) ?? 'null')).toMatchObject({ version: 1, theme: 'light', messages: {} });
    expect(pageErrors(page)).toEqual([]);
  });

  it('refuses a settings file with a broken template, saying where, and changes nothing', async () => {
    const page = await freshApp();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(async () => JSON.parse((await stored(page, 'settings')) ?? 'null')?.theme).toBe('dark');
    const before = await stored(page, 'settings');
    await page.getByLabel('Open a file…').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 1, theme: 'light', locale: 'en', productName: '', messages: { 'app.nav.home': '{broken' } })) });
    await page.getByText('The file was not opened; your current work is unchanged').waitFor();
    expect(await page.getByText('messages.app.nav.home', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await stored(page, 'settings')).toBe(before);
    expect(pageErrors(page)).toEqual([]);
  });

  it('offers a stored journey that is not JSON for download exactly as stored, and never writes over it', async () => {
    const page = await freshApp();
    const text = '{"format": "wayfinder.journey", "tripTicket": [{"date": "2026-';
    await store(page, 'journey', text);
    await page.goto(`${appUrl}#/journey/factors`);
    await page.reload();
    await page.getByText(/What is stored under "journey" is not JSON/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the saved copy' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(text);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('textbox', { name: 'Product name', exact: true }).fill('Harbor');
    await expect.poll(async () => JSON.parse((await stored(page, 'settings')) ?? 'null')?.productName).toBe('Harbor');
    expect(await stored(page, 'journey')).toBe(text);
    await expectAccessible(page, 'storage-not-json');
  });

  it('shows a trip-ticket draft it cannot read instead of a blank page, and writes no draft over it', async () => {
    const page = await openPage(browser(), `${appUrl}#/journey/trip-ticket`);
    await page.getByRole('button', { name: 'Add a person' }).waitFor();
    await expect.poll(async () => (await stored(page, 'journey')) !== undefined).toBe(true);
    const id = (JSON.parse((await stored(page, 'journey'))!) as { id: string }).id;
    await store(page, `journey/${id}/trip-ticket-draft`, '{}');
    await page.reload();
    await page.getByText('A draft from an earlier visit could not be read; it is kept as it was').waitFor();
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Ana Ruiz');
    await expectAccessible(page, 'storage-unreadable-draft');
    // A later write through the same store, once landed, shows that no draft write went before it.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    // Answers kept nowhere yet: the page asks before it lets them go.
    await page.getByRole('alertdialog', { name: 'Leave this page?' }).getByText('They are not kept anywhere yet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByRole('textbox', { name: 'Product name', exact: true }).fill('Harbor');
    await expect.poll(async () => JSON.parse((await stored(page, 'settings')) ?? 'null')?.productName).toBe('Harbor');
    expect(await stored(page, `journey/${id}/trip-ticket-draft`)).toBe('{}');
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('edits just before a reload', () => {
  for (const delay of [0, 50, 100]) {
    it(`keeps what was typed ${delay} ms before the page reloads`, async () => {
      const page = await openPage(browser(), `${appUrl}#/analysis`);
      const name = page.getByRole('textbox', { name: 'Analysis name' });
      await name.fill('Seven');
      await expect.poll(async () => JSON.parse((await stored(page, 'analysis')) ?? 'null')?.name).toBe('Seven');
      await name.pressSequentially(' states');
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      await page.reload();
      await expect.poll(() => page.getByRole('textbox', { name: 'Analysis name' }).inputValue()).toBe('Seven states');
    });
  }
});
