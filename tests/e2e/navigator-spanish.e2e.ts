/// <reference types="vite/client" />
import type { Page } from 'playwright-core';
import { defaultTypology } from '@wayfinder/core/navigator';
import { defaultFactorGuide } from '@wayfinder/core/navigator/factor-guide';
import { issueMessages } from '@wayfinder/core/issue-messages';
import { defaultScheme } from '@wayfinder/core/logics';
import { noticeMessagesEs } from '@wayfinder/ui/notice';
import { defaultMatrixScheme } from '@wayfinder/core/logics/matrix';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openPage, pageErrors, screenshot, sharedBrowser } from '../support/browser.ts';
import { livedInJourneyFile, segmentsCsv, sevenStatesCsv } from '../support/studies.ts';

const browser = sharedBrowser();
const appUrl = inject('appUrl');

type Catalogue = Record<string, string>;
const catalogues = import.meta.glob<Record<string, Catalogue>>(['../../packages/ui/src/*/messages.ts', '../../apps/navigator/src/messages.ts'], { eager: true });

/**
 * Every English word the kit itself can show: each message whose Spanish differs (placeholders
 * match any text; plural and select forms are left out), and the framework's typology, factor
 * guide, coding scheme and matrix dimensions. None may appear on a Spanish page.
 */
function englishPatterns(): Array<{ key: string; source: string }> {
  const patterns: Array<{ key: string; source: string }> = [];
  const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  // The file readers' words (core) are translated in the notice's Spanish catalogue.
  const pairs: Array<[Catalogue, Catalogue]> = [[issueMessages, noticeMessagesEs]];
  for (const module of Object.values(catalogues)) {
    for (const [name, english] of Object.entries(module)) {
      const spanish = module[`${name}Es`];
      if (!name.endsWith('Es') && spanish) pairs.push([english, spanish]);
    }
  }
  for (const [english, spanish] of pairs) {
    for (const [key, text] of Object.entries(english)) {
      // Too little of its own to tell English from host data ("{x} and {y}"): left out.
      const ownWords = text.replace(/\{[^}]*\}/g, ' ').match(/\p{L}{3,}/gu) ?? [];
      if (text === spanish[key] || /\{[^}]*,/.test(text) || (ownWords.length < 2 && /\{/.test(text)) || ownWords.length === 0) continue;
      patterns.push({ key, source: `^${escape(text).replace(/\\?\{[^}]*\\?\}/g, '.+').replace(/[{}]/g, '')}$` });
    }
  }
  const framework = [
    ...defaultTypology.approaches.flatMap((approach) => [approach.name, approach.description]),
    ...defaultTypology.strategies.flatMap((strategy) => [strategy.name, strategy.description, strategy.equityVariant]),
    ...defaultFactorGuide.flatMap((category) => [category.name, ...category.examples, ...category.questions]),
    ...defaultScheme.logics.flatMap((logic) => [logic.label, ...logic.codes.flatMap((code) => [code.label, code.description, code.low, code.high])]),
    ...[...defaultMatrixScheme.dimensions, ...defaultMatrixScheme.aspects].flatMap((item) => [item.label, item.description]),
  ];
  // Phrases anywhere in a text ("Theory of action for <strategy>"); single words only as a whole text.
  for (const text of framework) patterns.push({ key: `framework: ${text}`, source: text.includes(' ') ? escape(text) : `^${escape(text)}$` });
  return patterns;
}

/** English words of the kit on the page: in text, in accessible names, placeholders and titles. */
async function englishOnPage(page: Page, patterns: ReturnType<typeof englishPatterns>): Promise<string[]> {
  return page.evaluate((patterns) => {
    const shown = new Set<string>();
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('script, style, [hidden]')) continue;
      const ownText = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
      if (ownText.length > 0) shown.add(element.textContent!.replace(/\s+/g, ' ').trim());
      // A text beside other elements (a problem's words after its place) counts on its own too.
      for (const node of ownText) shown.add(node.textContent!.replace(/\s+/g, ' ').trim());
      for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(attribute);
        if (value) shown.add(value.trim());
      }
    }
    const found: string[] = [];
    for (const { key, source } of patterns) {
      const pattern = new RegExp(source);
      const hit = [...shown].find((text) => pattern.test(text));
      if (hit) found.push(`${key}: “${hit.slice(0, 80)}”`);
    }
    return found;
  }, patterns);
}

describe('the app in Spanish', () => {
  it('shows no English word of its own on any page, the framework’s typology and factor guide included', async () => {
    const patterns = englishPatterns();
    expect(patterns.length).toBeGreaterThan(500);
    const page = await openPage(browser(), `${appUrl}#/journey/file`);
    await page.getByLabel('Open a file…').setInputFiles({ name: 'journey.json', mimeType: 'application/json', buffer: Buffer.from(livedInJourneyFile()) });
    await page.getByText('journey.json opened').first().waitFor();
    await page.goto(`${appUrl}#/settings`);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Configuración' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    const visit = async (hash: string, ready: (page: Page) => Promise<unknown>, name: string) => {
      await page.goto(`${appUrl}#/${hash}`);
      await ready(page);
      expect(await englishOnPage(page, patterns), name).toEqual([]);
      await screenshot(page, `spanish-${name}`);
    };
    await visit('settings', (page) => page.getByRole('heading', { level: 1, name: 'Configuración' }).waitFor(), 'settings');
    await visit('settings', async (page) => {
      await page.getByRole('textbox', { name: 'Tus palabras' }).fill('{"app.nav.hom": "Inicio"}');
      await page.getByText('app.nav.hom: no es una clave de mensaje conocida').waitFor();
      await page.getByRole('textbox', { name: 'Tus palabras' }).fill('{"app.nav.home": ');
      await page.getByText('todavía no es JSON: algo que abre no está cerrado').waitFor();
      await page.getByRole('textbox', { name: 'Tus palabras' }).fill('');
      await page.getByLabel('Abrir un archivo…').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 2, "theme": "pink", "colour": "teal"}') });
      await page.getByText(/^La configuración tiene \d+ problemas\.$/).waitFor();
    }, 'settings-refused');
    await visit('', (page) => page.getByRole('heading', { level: 1 }).waitFor(), 'home');
    await visit('journey/trip-ticket', async (page) => {
      await page.getByRole('heading', { name: 'Qué cambió entre la versión 1 y la versión 2' }).waitFor();
      // The route section holds the typology: open it so its words are on the page.
      await page.getByRole('button', { name: /¿Qué ruta/ }).click();
      await page.getByText('Codiseñar la innovación').first().waitFor();
    }, 'trip-ticket');
    await visit('journey/pit-stops', (page) => page.getByRole('region', { name: /^Parada/ }).first().waitFor(), 'pit-stops');
    await visit('journey/factors', (page) => page.getByRole('button', { name: 'Quitar Project bank' }).waitFor(), 'factors');
    await visit('journey/measures', (page) => page.getByRole('heading', { name: 'Ciclos PDSA' }).waitFor(), 'measures');
    await visit('journey/change-map', async (page) => {
      await page.getByRole('textbox', { name: 'Idea de cambio 1.1.1' }).waitFor();
      await page.getByRole('radio', { name: /^Lo que el sistema puede cambiar/ }).check();
      await page.getByText(/^1 causa apartada: 1 fuera de nuestro control, 1 que sitúan/).waitFor();
    }, 'change-map');
    await visit('journey/travel-log', (page) => page.getByText('Met the principals').first().waitFor(), 'travel-log');
    await visit('journey/drivers', (page) => page.getByRole('rowheader', { name: 'Ana Ruiz' }).waitFor(), 'drivers');
    await visit('journey/file', (page) => page.getByRole('heading', { level: 1 }).waitFor(), 'file');
    await visit('journey/file', async (page) => {
      await page.getByLabel('Abrir un archivo…').setInputFiles({ name: 'not-a-journey.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "something-else"}') });
      await page.getByText('El archivo no es un recorrido: su "format" es "something-else", no "wayfinder.journey".').waitFor();
      await page.getByLabel('Abrir un archivo…').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": }') });
      await page.getByText('El archivo no es JSON: falla en la línea 1, columna 12.').waitFor();
    }, 'file-refused');
    await visit('analysis', async (page) => {
      await page.getByRole('textbox', { name: /CSV/ }).fill(`${sevenStatesCsv()}\nZ,alto,1,0,1`);
      await page.getByRole('button', { name: 'Importar', exact: true }).click();
      await page.getByText('"alto" no es un número').waitFor();
    }, 'analysis-csv-refused');
    await visit('analysis', async (page) => {
      await page.getByRole('textbox', { name: /CSV/ }).fill(sevenStatesCsv());
      await page.getByRole('button', { name: 'Importar', exact: true }).click();
      await page.getByRole('button', { name: 'Minimizar' }).click();
      await page.getByText('Hecho.').waitFor();
      // The parts a run leads to, each showing its words: the data, the parameters with a refused row,
      // necessary combinations, the robustness sweep with its 0.5 nudges, and the Venn diagram's caption.
      await page.getByText(/^Los datos importados/).click();
      await page.getByText('Más parámetros').click();
      await page.getByRole('textbox', { name: 'Filas remanentes que ninguna solución puede suponer' }).fill('1, x');
      await page.keyboard.press('Enter');
      await page.getByText('La fila 1 tiene casos: solo se pueden dejar fuera remanentes.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
      await page.getByText(/combinaci(ón|ones) con consistencia/).waitFor();
      await page.getByRole('button', { name: /^Comprobar la robustez/ }).click();
      await page.getByText('Cada una en 0,51').waitFor({ timeout: 60_000 });
      await page.getByRole('group', { name: 'Diagrama de Venn de la tabla de verdad' }).focus();
      await page.getByText(/^Fila 1: /).waitFor();
    }, 'analysis');
    await visit('logics/coding', async (page) => {
      await page.getByRole('button', { name: 'Añadir segmentos desde un CSV…' }).waitFor();
      await page.locator('input[type=file][accept^=".csv"]').setInputFiles({ name: 'segments.csv', mimeType: 'text/csv', buffer: Buffer.from(segmentsCsv) });
      await page.getByRole('group', { name: 'Personas entrevistadas' }).getByRole('button').first().click();
    }, 'logics-coding');
    await visit('logics/coding', async (page) => {
      await page.getByRole('button', { name: 'Añadir segmentos desde un CSV…' }).waitFor();
      const broken = `${segmentsCsv}\nT3,Eastbrook,justic,high,,Ana\nT3,Westfield,equity,sideways,,Ana\n,Eastbrook,equity,high,,Ana`;
      await page.locator('input[type=file][accept^=".csv"]').setInputFiles({ name: 'segments.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
      await page.getByText('"justic" no es un código del esquema (¿quisiste decir "justice"?)', { exact: false }).waitFor();
      await page.getByText('no se indica la persona entrevistada').waitFor();
    }, 'logics-coding-refused');
    await visit('logics/matrix', (page) => page.getByRole('heading', { level: 1 }).waitFor(), 'logics-matrix');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
