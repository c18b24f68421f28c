import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openPage, pageErrors, printToPdf, screenshot, sharedBrowser } from '../support/browser.ts';
import { lipsetCsv, livedInJourneyFile, segmentsCsv, sevenStatesCsv } from '../support/studies.ts';

const browser = sharedBrowser();
const appUrl = inject('appUrl');

async function expectAccessible(page: Page, name: string) {
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, name);
}

describe('Navigator app', () => {
  it('keeps a new user’s trip-ticket answers across a reload, then saves a version', async () => {
    const page = await openPage(browser(), `${appUrl}#/journey/trip-ticket`);
    await page.getByRole('heading', { level: 2, name: 'Trip ticket' }).waitFor();
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Ana Ruiz');
    await page.getByRole('textbox', { name: 'Role' }).fill('district lead');
    await page.getByRole('button', { name: /Where are we headed/ }).click();
    await page.getByRole('textbox', { name: 'Our shared definition of equity' }).fill('More for those with less 🚌');
    await page.getByRole('textbox', { name: /Spread: how many students/ }).fill('80% of 29,284 students in two projects a year');
    await page.getByText('Draft kept on this device').first().waitFor();
    await page.reload();
    await page.getByText('Your unsaved answers from last time are back.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Ana Ruiz');
    expect(await page.getByRole('textbox', { name: 'Role' }).inputValue()).toBe('district lead');
    await page.getByRole('button', { name: /Where are we headed/ }).click();
    expect(await page.getByRole('textbox', { name: 'Our shared definition of equity' }).inputValue()).toBe('More for those with less 🚌');
    expect(await page.getByRole('textbox', { name: /Spread: how many students/ }).inputValue()).toBe('80% of 29,284 students in two projects a year');
    await expectAccessible(page, 'journey-trip-ticket');
    await page.getByRole('button', { name: 'Save this version' }).click();
    // Saved where the user is: the confirmation by the button, the focus still on it, the section unchanged.
    await page.getByRole('form', { name: 'Trip ticket' }).getByText(/Version 1 saved at /).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save this version');
    expect(await page.getByRole('button', { name: /Where are we headed/ }).getAttribute('aria-current')).toBe('step');
    await expectAccessible(page, 'journey-trip-ticket-saved');
    await page.reload();
    await page.getByRole('listitem').filter({ hasText: /^Version 1: meeting of .*, saved / }).first().waitFor();
    await page.getByRole('button', { name: 'Save this version' }).waitFor();
    expect(await page.getByText('Your unsaved answers from last time are back.').count()).toBe(0);
    // A new answer not saved as a version: leaving asks first, and staying keeps it.
    await page.getByRole('button', { name: /Where are we headed/ }).click();
    await page.getByRole('textbox', { name: 'Who are the students furthest from opportunity here?' }).fill('Multilingual learners');
    await page.getByRole('link', { name: 'Who’s driving' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Leave this page?' });
    await ask.waitFor();
    await expectAccessible(page, 'journey-leave-guard');
    await ask.getByRole('button', { name: 'Stay' }).click();
    // Focus goes back to the link that asked.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Who’s driving');
    expect(await page.getByRole('textbox', { name: 'Who are the students furthest from opportunity here?' }).inputValue()).toBe('Multilingual learners');
    expect(await page.evaluate(() => location.hash)).toBe('#/journey/trip-ticket');
    await page.getByRole('link', { name: 'Who’s driving' }).click();
    await ask.getByRole('button', { name: 'Leave' }).click();
    await page.getByRole('rowheader', { name: 'Ana Ruiz' }).waitFor();
    await expectAccessible(page, 'journey-drivers');
    expect(pageErrors(page)).toEqual([]);
  });

  it('opens every part of the journey without axe violations', async () => {
    const page = await openPage(browser(), `${appUrl}#/journey/pit-stops`);
    await page.getByRole('button', { name: 'Add a pit stop' }).click();
    await page.getByRole('region', { name: /^Pit stop of / }).first().waitFor();
    await expectAccessible(page, 'journey-pit-stops');
    // Each section is checked once its own content is on the page, not after a pause.
    for (const [section, content] of [
      ['factors', page.getByRole('heading', { name: 'Factor review' })],
      ['measures', page.getByRole('heading', { name: 'PDSA cycles' })],
      ['change-map', page.getByRole('heading', { name: 'Driver diagram' })],
      ['travel-log', page.getByRole('heading', { name: /^Travel log \(/ })],
      ['file', page.getByText('The whole journey as one file')],
    ] as const) {
      await page.goto(`${appUrl}#/journey/${section}`);
      await content.waitFor();
      await expectAccessible(page, `journey-${section}`);
    }
    expect(pageErrors(page)).toEqual([]);
  });

  it('lets a team correct its journey: a planned stop started, a pit stop and a PDSA cycle deleted and brought back', async () => {
    const page = await openPage(browser(), `${appUrl}#/journey/file`);
    await page.getByLabel('Open a file…').setInputFiles({ name: 'journey.json', mimeType: 'application/json', buffer: Buffer.from(livedInJourneyFile()) });
    await page.getByText('journey.json opened').first().waitFor();
    // Any two versions can be compared.
    await page.goto(`${appUrl}#/journey/trip-ticket`);
    await page.getByRole('combobox', { name: 'Later version' }).selectOption({ index: 0 });
    await page.getByRole('heading', { name: 'What changed from version 1 to version 1' }).waitFor();
    await page.goto(`${appUrl}#/journey/pit-stops`);
    await page.getByRole('button', { name: 'Start this stop, planned for Jan 15, 2027' }).click();
    const started = page.getByRole('region', { name: 'Pit stop of Jan 15, 2027' });
    await started.waitFor();
    const focused = (region: Locator) => region.evaluate((element) => element === document.activeElement);
    expect(await focused(started)).toBe(true);
    expect(await started.getByRole('textbox', { name: 'What made this stop necessary?' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Start this stop, planned for Jan 15, 2027' }).count()).toBe(0);
    // The date can be corrected, and the stop deleted with a way back.
    await started.getByLabel('Date of the stop').fill('2027-01-18');
    const moved = page.getByRole('region', { name: 'Pit stop of Jan 18, 2027' });
    await moved.getByRole('button', { name: 'Delete this pit stop' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted the pit stop of Jan 18, 2027.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await expectAccessible(page, 'journey-pit-stop-deleted');
    await page.keyboard.press('Enter');
    await moved.waitFor();
    expect(await focused(moved)).toBe(true);
    // PDSA cycles are numbered, titled and dated, and can be deleted too.
    await page.goto(`${appUrl}#/journey/measures`);
    await page.getByRole('button', { name: 'Add a PDSA cycle' }).click();
    const second = page.getByRole('region', { name: 'Cycle 2: untitled' });
    await second.getByRole('textbox', { name: 'Title' }).fill('Exit tickets in grade 7');
    await page.getByRole('region', { name: 'Cycle 2: Exit tickets in grade 7' }).getByRole('button', { name: 'Delete this cycle' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted cycle 2: Exit tickets in grade 7.' }).waitFor();
    await page.reload();
    expect(await page.getByRole('region', { name: /^Cycle 2/ }).count()).toBe(0);
    await page.getByRole('region', { name: /^Cycle 1/ }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it('prints each tool as paper: its content, no app around it, no buttons, every trip-ticket section', async () => {
    const page = await openPage(browser(), `${appUrl}#/journey/file`);
    await page.getByLabel('Open a file…').setInputFiles({ name: 'journey.json', mimeType: 'application/json', buffer: Buffer.from(livedInJourneyFile()) });
    await page.getByText('journey.json opened').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    // A folding section's heading is a button on screen and its title on paper; a chart's points are its content.
    const shownButtons = () => page.evaluate(() => [...document.querySelectorAll('button:not(.wf-collapsible__toggle), [role=button]:not(svg *), input[type=file] + label')].filter((element) => element.getClientRects().length > 0).map((element) => element.textContent));
    for (const [section, content] of [
      ['trip-ticket', page.getByRole('group', { name: 'How will we know we’ve arrived?' })],
      ['pit-stops', page.getByRole('region', { name: /^Pit stop of / }).first()],
      ['factors', page.getByRole('group', { name: 'Project bank' })],
      ['measures', page.getByRole('region', { name: /^Cycle 1/ })],
      ['travel-log', page.getByText('Met the principals')],
      ['drivers', page.getByRole('rowheader', { name: 'Ana Ruiz' })],
    ] as const) {
      await page.goto(`${appUrl}#/journey/${section}`);
      await content.waitFor();
      expect(await page.locator('.nav-header').isVisible(), section).toBe(false);
      expect(await shownButtons(), section).toEqual([]);
      await screenshot(page, `print-journey-${section}`);
      expect(await printToPdf(page, `print-journey-${section}`)).toBeGreaterThan(0);
    }
    await page.goto(`${appUrl}#/journey/trip-ticket`);
    for (const part of ['Who is here', 'Where are we headed?', 'What route will we take?', 'Where should we make pit stops?', 'How will we know we’ve arrived?']) {
      expect(await page.getByRole('group', { name: part, exact: true }).isVisible(), part).toBe(true);
    }
    expect(await page.getByRole('heading', { name: 'Saved versions' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${appUrl}#/logics/coding`);
    await page.getByRole('button', { name: 'Add segments from CSV…' }).waitFor();
    await page.locator('input[type=file][accept^=".csv"]').setInputFiles({ name: 'segments.csv', mimeType: 'text/csv', buffer: Buffer.from(segmentsCsv) });
    await page.getByRole('group', { name: 'Respondents' }).getByRole('button').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.nav-header').isVisible()).toBe(false);
    expect(await shownButtons()).toEqual([]);
    await screenshot(page, 'print-logics-coding');
    expect(await printToPdf(page, 'print-logics-coding')).toBeGreaterThan(0);
    await page.goto(`${appUrl}#/logics/matrix`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await shownButtons()).toEqual([]);
    await screenshot(page, 'print-logics-matrix');
    expect(await printToPdf(page, 'print-logics-matrix')).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it('names every bad cell of a malformed CSV and keeps the data it had', async () => {
    const page = await openPage(browser(), `${appUrl}#/analysis`);
    const source = page.getByRole('textbox', { name: /Cases as CSV/ });
    await source.fill(sevenStatesCsv());
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('grid').waitFor();
    const broken = `${sevenStatesCsv()}\nZ,high,1,0,1,0.5`;
    await source.fill(broken);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const notice = page.getByRole('alert').filter({ hasText: /not imported/ });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/row 9.*ROUTINES.*"high" is not a number/);
    expect(await source.inputValue()).toBe(broken);
    expect(await page.getByRole('grid').count()).toBe(1);
    await expectAccessible(page, 'analysis-malformed-csv');
    expect(pageErrors(page)).toEqual([]);
  });

  it('runs the seven-state analysis: the 0.5 warning, the minimization in the worker, all kept across a reload', async () => {
    const page = await openPage(browser(), `${appUrl}#/analysis`);
    await page.getByRole('textbox', { name: /Cases as CSV/ }).fill(sevenStatesCsv());
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('group', { name: /exactly 0.5/ }).waitFor();
    await page.getByRole('button', { name: 'Minimize' }).click();
    await page.getByText('Done.').waitFor({ timeout: 20_000 });
    await page.getByRole('region', { name: 'Parsimonious solution' }).waitFor();
    // No row is sufficient at 0.8 with five cases at 0.5; a pathway can still be checked by hand.
    // J, U, S, H are 1 in CONSTANCY*ROUTINES + EFFICACY and R 0.5: Σ min(X, VISION) = 3 of Σ X = 4.5.
    await page.getByRole('textbox', { name: 'Expression' }).fill('CONSTANCY*ROUTINES + EFFICACY');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('region', { name: 'Fit of the expression' }).getByRole('row', { name: /^CONSTANCY\*ROUTINES \+ EFFICACY 0\.667 / }).waitFor();
    const efficacy = page.getByRole('region', { name: 'Necessity of each condition' }).getByRole('row').filter({ has: page.getByRole('button', { name: 'Plot EFFICACY against the outcome' }) });
    expect(await efficacy.getByRole('cell').first().textContent()).toBe('1.000');
    // Exports for a paper, read back as CSV: the truth table's 16 rows, with each row's cases, and the necessity of 8 literals.
    const exported = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Export as CSV' }).getByRole('button', { name }).click()]);
      return Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8').trim()).data;
    };
    const truthTable = await exported('Truth table');
    expect(truthTable[0]).toEqual(['row', 'ROUTINES', 'EFFICACY', 'CONSTANCY', 'INFRA', 'OUT', 'n', 'incl', 'PRI', 'cases']);
    expect(truthTable).toHaveLength(17);
    expect(truthTable.find((row) => row[0] === '1')?.at(-1)).toBe('N, C');
    const necessity = await exported('Necessity table');
    expect(necessity.slice(1).map((row) => row[0])).toEqual(['ROUTINES', '~ROUTINES', 'EFFICACY', '~EFFICACY', 'CONSTANCY', '~CONSTANCY', 'INFRA', '~INFRA']);
    expect(necessity.find((row) => row[0] === 'EFFICACY')?.[1]).toBe('1');
    // The plot of the typed pathway as SVG and PNG: the SVG parses, with a dot for each of its 4 points; the PNG is a PNG.
    const plotFile = async (name: string, figure = page.locator('.wf-xy')) => {
      const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name }).click()]);
      return readFileSync((await download.path())!);
    };
    const svg = (await plotFile('Download SVG')).toString('utf8');
    expect(await page.evaluate((text) => {
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      return parsed.querySelector('parsererror') ? -1 : parsed.querySelectorAll('circle').length;
    }, svg)).toBe(4);
    const png = await plotFile('Download PNG');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    mkdirSync(new URL('./__artifacts__/', import.meta.url), { recursive: true });
    writeFileSync(new URL('./__artifacts__/analysis-xy-export.png', import.meta.url), png);
    // Necessary combinations, searched in the worker: EFFICACY (inclN 1) leads the list.
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const combinations = page.getByRole('region', { name: 'Necessary combinations' });
    await combinations.getByRole('button', { name: 'Plot EFFICACY against the outcome' }).waitFor();
    // Robustness: the study has no parsimonious model at 0.8, so the sweep says where there is one, and the
    // five cases at 0.5 are tried at 0.49 and 0.51 (at 0.51 J, S, H and R join rows with EFFICACY).
    await page.getByRole('button', { name: /^Test robustness/ }).click();
    await page.getByRole('region', { name: /^Where the parsimonious solution holds/ }).waitFor({ timeout: 60_000 });
    const nudged = page.locator('.wf-robustness__nudges');
    expect(await nudged.textContent()).toMatch(/J: ROUTINES, INFRA/);
    expect(await nudged.getByText(/^Parsimonious:/).allTextContents()).toHaveLength(2);
    // The Venn diagram: 16 rows, the keyboard walks them and Enter shows one in the table.
    const venn = page.getByRole('group', { name: 'Venn diagram of the truth table' });
    await venn.focus();
    await page.keyboard.press('Home');
    await page.getByText(/^Row 1: ~ROUTINES\*~EFFICACY\*~CONSTANCY\*~INFRA\. OUT 0 .* 2 cases: N, C\.$/).waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('Outlined: the rows of ~ROUTINES*~EFFICACY*~CONSTANCY*~INFRA').waitFor();
    const vennSvg = (await plotFile('Download SVG', page.locator('.wf-venn'))).toString('utf8');
    expect(await page.evaluate((text) => {
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      return parsed.querySelector('parsererror') ? [] : [...parsed.querySelectorAll('text')].map((node) => node.textContent);
    }, vennSvg)).toEqual(expect.arrayContaining(['ROUTINES', 'EFFICACY', 'CONSTANCY', 'INFRA', '2']));
    // For a paper: the whole analysis as an HTML report, printed to PDF by Chromium.
    const [reportDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Report to read or print (HTML)' }).click()]);
    const report = readFileSync((await reportDownload.path())!, 'utf8');
    const reader = await openPage(browser(), 'about:blank');
    await reader.setContent(report);
    expect(await reader.getByRole('heading', { level: 1 }).textContent()).toMatch(/^QCA analysis/);
    expect(await reader.locator('html').getAttribute('lang')).toBe('en');
    expect(await reader.locator('table').first().locator('tbody tr').count()).toBe(16);
    expect(await reader.locator('figure svg').count()).toBeGreaterThanOrEqual(2);
    expect(await printToPdf(reader, 'analysis-report')).toBeGreaterThan(0);
    await reader.close();
    await expectAccessible(page, 'analysis-seven-states');
    await page.reload();
    await page.getByRole('group', { name: /exactly 0.5/ }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it('exports Lipset\'s solutions for a paper: LaTeX tables and the intermediate solution as CSV, as R\'s QCA gives them', async () => {
    const page = await openPage(browser(), `${appUrl}#/analysis`);
    await page.getByRole('textbox', { name: /Cases as CSV/ }).fill(lipsetCsv());
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const expectations = page.getByRole('group', { name: /Directional expectations/ });
    for (const condition of ['DEV', 'URB', 'LIT', 'IND', 'STB']) await expectations.getByRole('combobox', { name: condition }).selectOption('present');
    await page.getByRole('button', { name: 'Minimize' }).click();
    await page.getByText('Done.').waitFor({ timeout: 20_000 });
    const paper = page.getByRole('group', { name: 'For a paper' });
    const download = async (group: typeof paper, name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name }).click()]);
      return readFileSync((await file.path())!, 'utf8');
    };
    // R's QCA: parsimonious DEV*~IND + URB*STB; intermediate DEV*URB*LIT*STB + DEV*LIT*~IND*STB (LF-surv.result.json).
    const latex = await download(paper, 'LaTeX table: parsimonious solution');
    expect(latex).toContain('\\caption{Parsimonious solution for SURV}');
    expect(latex.split('\n').filter((line) => line.endsWith('\\\\') && !line.startsWith('Term') && !line.startsWith('\\textit'))).toEqual([
      expect.stringMatching(/^DEV\\ensuremath\{\\cdot\}\\ensuremath\{\\sim\}IND & 0\.\d{3} /),
      expect.stringMatching(/^URB\\ensuremath\{\\cdot\}STB & 0\.\d{3} /),
    ]);
    const csv = Papa.parse<string[]>((await download(page.getByRole('group', { name: 'Export as CSV' }), 'Intermediate solution')).trim()).data;
    expect(csv.filter((row) => row[1] === 'model').map((row) => row[2])).toEqual(['DEV*URB*LIT*STB + DEV*LIT*~IND*STB']);
    expect(pageErrors(page)).toEqual([]);
  });

  it('charts a measure: monthly values for two groups, a PDSA cycle and the goal marked, a signal in words, a change, and the chart exported', async () => {
    const page = await openPage(browser(), `${appUrl}#/journey/measures`);
    await page.getByRole('button', { name: 'Add a measure' }).click();
    await page.getByRole('textbox', { name: 'Measure', exact: true }).first().fill('Course passing');
    // A cycle that studies the measure, started in July: marked on its chart.
    await page.getByRole('button', { name: 'Add a PDSA cycle' }).click();
    const cycle = page.getByRole('region', { name: /^Cycle 1/ });
    await cycle.getByLabel('Started on').fill('2026-07-01');
    await cycle.getByRole('checkbox', { name: 'Course passing' }).check();
    // Twelve months for all students and for English learners, pasted from a spreadsheet (tabs, no header).
    const all = [168, 171, 165, 170, 172, 166, 169, 173, 185, 188, 190, 186];
    const learners = [14, 15, 14, 16, 15, 14, 22, 24, 26, 25, 27, 26];
    const month = (index: number) => `2026-${String(index + 1).padStart(2, '0')}`;
    const pasted = [...all.map((value, index) => `${month(index)}\t${value}\t300\t`), ...learners.map((value, index) => `${month(index)}\t${value}\t40\tEnglish learners`)].join('\n');
    await page.getByRole('textbox', { name: 'Paste from a spreadsheet' }).fill(pasted);
    await page.getByRole('button', { name: 'Add these values' }).click();
    // Shares of students passing, drawn as run charts (percentages), one per group, the cycle and the goal on each.
    await page.getByRole('combobox', { name: 'The numbers are' }).selectOption('proportion');
    await page.getByRole('combobox', { name: 'Chart', exact: true }).selectOption('run');
    await page.getByRole('spinbutton', { name: 'Goal (a target line)' }).fill('70');
    await page.getByRole('combobox', { name: 'Group to look at first' }).selectOption('English learners');
    const data = page.getByRole('region', { name: 'Data and charts' });
    const learnersChart = data.getByRole('group', { name: 'English learners · Run chart' });
    await learnersChart.waitFor();
    expect(await data.locator('.wf-chart__note-label', { hasText: 'PDSA 1' }).count()).toBe(2);
    expect(await data.locator('.wf-chart__goal', { hasText: 'Goal 70' }).count()).toBe(2);
    // The cycle's study step shows the measure from six months before it started.
    const studied = cycle.getByRole('group', { name: 'English learners · Run chart' });
    await studied.waitFor();
    expect(await studied.getByRole('img').count()).toBe(12);
    // English learners: six months below their median, then six above: too few crossings, said in words.
    const learnersFigure = data.locator('figure', { has: page.getByRole('group', { name: 'English learners · Run chart' }) });
    await learnersFigure.getByText(/^The values cross the centre line only once; with 12 points, fewer than 3 crossings is unlikely by chance\./).waitFor();
    await data.getByText(/^At Dec 2026: English learners 65\s%, All students 62\s%, a gap of 3 percentage points\.$/).waitFor();
    // The team marks July as the start of a change: a second part with its own centre line.
    await learnersChart.getByRole('img', { name: /^Jul 2026: 55\s%/ }).click();
    await learnersFigure.getByRole('button', { name: 'A change started here' }).click();
    await learnersFigure.getByRole('button', { name: 'A change started here', pressed: true }).waitFor();
    // The second part's median (of 55, 60, 65, 62.5, 67.5 and 65 %) against the first's (of 35 to 40 %), in words.
    await learnersFigure.getByText(/^From Jul 2026, after the change: the centre line is 63\.75\s%, 27\.5 percentage points above the part before \(36\.25\s%\)\.$/).waitFor();
    await learnersChart.getByRole('img', { name: /^Dec 2026: 65\s% \(40 students\)\. Centre line 63\.75\s%/ }).waitFor();
    // Exports: the CSV of both groups read back, the SVG parsed.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), data.getByRole('button', { name: 'Download CSV' }).click()]);
    const rows = Papa.parse<string[]>(readFileSync((await csvDownload.path())!, 'utf8').trim()).data;
    expect(rows[0]!.slice(0, 4)).toEqual(['series', 'x', 'y', 'cl']);
    expect(rows.filter((row) => row[0] === 'English learners').map((row) => row[10])).toEqual([...Array(6).fill('1'), ...Array(6).fill('2')]);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), learnersFigure.getByRole('button', { name: 'Download SVG' }).click()]);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('circle').length, svg)).toBe(12);
    await expectAccessible(page, 'measures-chart');
    await page.reload();
    await page.getByRole('region', { name: 'Data and charts' }).getByRole('group', { name: 'English learners · Run chart' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it('codes interviews: segments from a file, the grid, agreement and the matrix', async () => {
    const page = await openPage(browser(), `${appUrl}#/logics/coding`);
    await page.locator('input[type=file][accept^=".csv"]').setInputFiles({ name: 'segments.csv', mimeType: 'text/csv', buffer: Buffer.from(segmentsCsv) });
    const markers = page.getByRole('group', { name: 'Respondents' }).getByRole('button');
    await markers.first().waitFor();
    expect(await markers.count()).toBe(2);
    await expectAccessible(page, 'logics-coding');
    await page.getByRole('link', { name: 'Equity-logic matrix' }).click();
    await page.getByText('Add a network').click();
    await page.getByRole('textbox', { name: 'Network name' }).fill('Algebra for All');
    await page.getByRole('button', { name: 'Add the network' }).click();
    await page.getByRole('combobox', { name: 'Strength of Power × Nature of the solution' }).selectOption('3');
    await expectAccessible(page, 'logics-matrix');
    await page.reload();
    expect(await page.getByRole('combobox', { name: 'Strength of Power × Nature of the solution' }).inputValue()).toBe('3');
    expect(pageErrors(page)).toEqual([]);
  });

  it('white-labels the kit: product name, accent colour and the host’s own words', async () => {
    const page = await openPage(browser(), `${appUrl}#/settings`);
    await page.getByRole('textbox', { name: 'Product name', exact: true }).fill('Harbor Navigator');
    await page.getByRole('checkbox', { name: 'Use my own accent colour' }).check();
    // A yellow accent would put white text on yellow: refused with its ratio, the page keeps its colour.
    const lightAccent = page.getByRole('textbox', { name: 'Accent colour, light theme', exact: true });
    const navAccent = () => page.getByRole('link', { name: 'Settings' }).evaluate((link) => getComputedStyle(link).backgroundColor);
    const before = await navAccent();
    await lightAccent.fill('#ffd700');
    await page.getByText(/^Not applied: 1\.\d\d:1 against the page is too faint/).waitFor();
    expect(await navAccent()).toBe(before);
    await lightAccent.fill('#0b6e4f');
    await page.getByText('Contrast with the page: 5.83:1 (text needs at least 4.5:1).').waitFor();
    await expect.poll(navAccent).toBe('rgb(11, 110, 79)');
    await page.getByRole('textbox', { name: 'Your words' }).fill('{"tripTicket.title": "Route card"}');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expectAccessible(page, 'settings-white-label');
    await page.goto(`${appUrl}#/journey/trip-ticket`);
    await page.getByRole('heading', { name: 'Route card' }).waitFor();
    expect(await page.title()).toBe('Harbor Navigator');
    await page.goto(`${appUrl}#/settings`);
    await page.getByRole('textbox', { name: 'Your words' }).fill('{"tripTicket.titel": "Route card"}');
    expect(await page.getByRole('alert').filter({ hasText: /tripTicket\.titel/ }).textContent()).toMatch(/not a known message key/);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Configuración' }).waitFor();
    await expectAccessible(page, 'settings-es-dark');
    expect(pageErrors(page)).toEqual([]);
  });
});
