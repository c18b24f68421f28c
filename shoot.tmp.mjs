import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
for (const [id, globals] of process.argv.slice(2).map((arg) => arg.split('@'))) {
  await page.goto(`http://localhost:6006/iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ''}`);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/shots/${id}${globals ? '-' + globals.replace(/[:;]/g, '_') : ''}.png` });
}
await browser.close();
