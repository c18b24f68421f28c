#!/usr/bin/env node
// Screenshots of stories from a running Storybook (pnpm dev, or STORYBOOK_URL), for looking at
// widgets in every theme, language and direction. Writes PNGs to tests/e2e/__artifacts__/stories.
//   node scripts/story-screenshots.mjs STORY_ID[@globals] ...   e.g. qca-truth-table-viewer--lipset@theme:dark;locale:es
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.env.STORYBOOK_URL ?? 'http://localhost:6006';
const out = join(new URL('..', import.meta.url).pathname, 'tests/e2e/__artifacts__/stories');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
for (const arg of process.argv.slice(2)) {
  const [id, globals] = arg.split('@');
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ''}`);
  await page.locator('#storybook-root > *').first().waitFor();
  await page.waitForTimeout(800);
  const file = join(out, `${id}${globals ? `-${globals.replace(/[:;]/g, '_')}` : ''}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}
await browser.close();
