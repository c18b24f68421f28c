import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openPage, pageErrors, screenshot, sharedBrowser } from '../support/browser.ts';

const browser = sharedBrowser();
const appUrl = inject('appUrl');

describe('Navigator app shell', () => {
  it('opens with no console errors and no axe violations', async () => {
    const page = await openPage(browser(), appUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'home-light-en');
    expect(pageErrors(page)).toEqual([]);
  });

  it('keeps theme, language and product name across a reload (IndexedDB)', async () => {
    const page = await openPage(browser(), `${appUrl}#/settings`);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('textbox', { name: 'Nombre del producto', exact: true }).fill('Harbor Learning Navigator');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Configuración' }).waitFor();
    const root = page.locator('.wf-root');
    expect(await root.getAttribute('data-wf-theme')).toBe('dark');
    expect(await root.getAttribute('lang')).toBe('es');
    expect(await page.getByRole('textbox', { name: 'Nombre del producto', exact: true }).inputValue()).toBe('Harbor Learning Navigator');
    expect(await page.title()).toBe('Harbor Learning Navigator');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-dark-es');
    expect(pageErrors(page)).toEqual([]);
  });

  it('can be used by keyboard alone: skip link, then navigation', async () => {
    const page = await openPage(browser(), appUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Journey' }).waitFor();
    expect(await page.getByRole('link', { name: 'Journey' }).getAttribute('aria-current')).toBe('page');
  });
});
