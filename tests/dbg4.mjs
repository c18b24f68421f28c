import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
await page.goto(`http://localhost:6106/iframe.html?viewMode=story&id=${process.argv[2]}`, { waitUntil: 'networkidle', timeout: 120000 });
await page.getByRole('button', { name: 'Import', exact: true }).click();
await page.getByRole('grid').waitFor({ timeout: 120000 });
const t0 = Date.now();
await page.getByRole('button', { name: 'Minimize' }).click();
for (let i = 0; i < 50; i++) {
  await page.waitForTimeout(3000);
  const status = await page.evaluate(() => [...document.querySelectorAll('[role=status], .wf-sol__empty, .wf-sol__count')].map((e) => e.textContent).join(' | '));
  console.log(((Date.now() - t0) / 1000).toFixed(0), status.slice(0, 300));
  if (/Done\.|failed|Stopped/.test(status)) break;
}
await browser.close();
