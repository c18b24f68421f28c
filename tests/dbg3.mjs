import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
for (const [id, name] of [['navigator-strategy-set-tracker--docs', 'tracker'], ['qca-truth-table-viewer--docs', 'tt'], ['navigator-all-tools--docs', 'family']]) {
  await page.goto(`http://localhost:6106/iframe.html?viewMode=docs&id=${id}`, { waitUntil: 'networkidle', timeout: 120000 });
  await page.waitForTimeout(3000);
  await page.screenshot({ path: `/tmp/sb-${name}.png` });
}
await browser.close();
