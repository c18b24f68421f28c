import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openPage, pageErrors, screenshot, sharedBrowser } from '../support/browser.ts';
import { sidewaysOverflow } from '../support/sideways-overflow.ts';
import { livedInJourneyFile, segmentsCsv, sevenStatesCsv } from '../support/studies.ts';

const browser = sharedBrowser();
const appUrl = inject('appUrl');
/** The narrowest phone the kit promises to fit. */
const phone = { width: 360, height: 780 };

async function fitsThePhone(page: Page, content: Locator, name: string) {
  await content.waitFor();
  expect(await page.evaluate(sidewaysOverflow), name).toEqual([]);
  await screenshot(page, `phone-${name}`);
}

describe('the app on a 360 px phone', () => {
  it('never scrolls sideways, on any page, with a term’s work in it', async () => {
    const page = await openPage(browser(), `${appUrl}#/journey/file`, phone);
    await page.getByLabel('Open a file…').setInputFiles({ name: 'journey.json', mimeType: 'application/json', buffer: Buffer.from(livedInJourneyFile()) });
    await page.getByText('journey.json opened').first().waitFor();
    await fitsThePhone(page, page.getByRole('heading', { level: 1, name: 'Journey' }), 'journey-file');
    await page.goto(appUrl);
    await fitsThePhone(page, page.getByRole('heading', { level: 1 }), 'home');
    for (const [section, content] of [
      ['trip-ticket', page.getByRole('heading', { name: /^What changed from version 1 to version 2/ })],
      ['pit-stops', page.getByRole('region', { name: /^Pit stop of / })],
      ['factors', page.getByRole('button', { name: 'Remove Project bank' })],
      ['measures', page.getByRole('heading', { name: 'PDSA cycles' })],
      ['change-map', page.getByRole('textbox', { name: 'Change idea 1.1.1' })],
      ['travel-log', page.getByRole('heading', { name: /^Travel log \(/ })],
      ['drivers', page.getByRole('rowheader', { name: 'Luis Gómez Fernández de Córdoba' })],
    ] as const) {
      await page.goto(`${appUrl}#/journey/${section}`);
      await fitsThePhone(page, content, `journey-${section}`);
    }

    await page.goto(`${appUrl}#/analysis`);
    await page.getByRole('textbox', { name: /Cases as CSV/ }).fill(sevenStatesCsv());
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('button', { name: 'Minimize' }).click();
    await fitsThePhone(page, page.getByRole('region', { name: 'Parsimonious solution' }), 'analysis');

    await page.goto(`${appUrl}#/logics/coding`);
    await page.getByRole('button', { name: 'Add segments from CSV…' }).waitFor();
    await page.locator('input[type=file][accept^=".csv"]').setInputFiles({ name: 'segments.csv', mimeType: 'text/csv', buffer: Buffer.from(segmentsCsv) });
    const respondents = page.getByRole('group', { name: 'Respondents' }).getByRole('button');
    await respondents.first().click();
    await fitsThePhone(page, page.getByRole('region', { name: /T1/ }).first(), 'logics-coding');
    await page.goto(`${appUrl}#/logics/matrix`);
    await page.getByText('Add a network').click();
    await page.getByRole('textbox', { name: 'Network name' }).fill('East side network for multilingual learners');
    await page.getByRole('button', { name: 'Add the network' }).click();
    await fitsThePhone(page, page.getByRole('combobox', { name: 'Strength of Power × Nature of the solution' }), 'logics-matrix');
    await page.goto(`${appUrl}#/settings`);
    await fitsThePhone(page, page.getByRole('textbox', { name: 'Product name', exact: true }), 'settings');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
