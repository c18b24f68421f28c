import { chromium } from 'playwright-core';
const ids = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await b.newPage({ viewport: { width: 360, height: 780 } });
for (const id of ids) {
  await page.goto(`http://localhost:6106/iframe.html?id=${id}&viewMode=story`);
  await page.waitForTimeout(2500);
  const r = await page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('*')) {
      const rc = el.getBoundingClientRect();
      if (rc.right > edge + 0.5) out.push(`${el.tagName}.${el.className?.baseVal ?? el.className} w=${Math.round(rc.width)} r=${Math.round(rc.right)} ov=${getComputedStyle(el).overflowX} pos=${getComputedStyle(el).position}`);
    }
    return { sw: document.documentElement.scrollWidth, out: out.slice(0, 15) };
  });
  console.log(id, r.sw); for (const l of r.out) console.log('  ', l);
  await page.screenshot({ path: `/tmp/sb-${id}.png`, fullPage: true });
}
await b.close();
