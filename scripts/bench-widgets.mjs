#!/usr/bin/env node
// Browser benchmarks of the QCA widgets in Debian Chromium, on the built Storybook's benchmark
// stories: mounting and scrolling a 2^16-row truth table, dragging a calibration anchor that
// recalibrates 1,000 cases and rebuilds an 8-condition truth table on every step, and whole studies
// (200 × 8 and 2,000 × 12) minimized in the workbench, with the longest main-thread task meanwhile.
// Prints the numbers and writes reports/bench-widgets.json.   node scripts/bench-widgets.mjs
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const site = join(root, 'storybook-static');
if (!existsSync(join(site, 'iframe.html'))) execSync('pnpm build:storybook', { cwd: root, stdio: 'inherit' });

/** @type {Record<string, string>} */
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(site) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

/** @param {number[]} values */
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (/** @type {number} */ p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? null;
  const round = (/** @type {number | null} */ value) => (value === null ? null : Math.round(value * 10) / 10);
  return { count: values.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1] ?? null) };
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const story = async (/** @type {string} */ id) => {
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
  await page.locator('#storybook-root > *').first().waitFor();
};
/** Frame-to-frame times while `action` runs in the page or from outside. */
const startFrames = () =>
  page.evaluate(() => {
    const frames = /** @type {number[]} */ ([]);
    let last = performance.now();
    const w = /** @type {any} */ (window);
    w.wayfinderFrames = frames;
    w.wayfinderFramesOn = true;
    const tick = (/** @type {number} */ now) => {
      frames.push(now - last);
      last = now;
      if (w.wayfinderFramesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
const stopFrames = () => page.evaluate(() => ((/** @type {any} */ (window).wayfinderFramesOn = false), /** @type {number[]} */ (/** @type {any} */ (window).wayfinderFrames)));

const report = { machine: { cores: 2, chromium: browser.version() }, table: {}, drag: {}, scenarios: /** @type {object[]} */ ([]) };

// 1. Mount and scroll 2^16 rows.
await story('qca-benchmarks--mount-large-table');
await page.getByRole('button', { name: 'Mount 65,536 rows' }).click();
await page.getByRole('grid').waitFor();
await page.waitForFunction(() => /** @type {any} */ (window).wayfinderBench?.tableFirstFrameMs !== undefined);
const mount = await page.evaluate(() => /** @type {any} */ (window).wayfinderBench);
const domRowsAfterMount = await page.locator('[role=row]').count();
await startFrames();
/** Scrolls the grid by `step` pixels a frame for `frames` frames; returns the most rows ever in the DOM. */
const scroll = (/** @type {number} */ step, /** @type {number} */ frames) =>
  page.evaluate(
    async (/** @type {{ step: number, frames: number }} */ { step, frames }) => {
      const grid = /** @type {HTMLElement} */ (document.querySelector('[role=grid]'));
      let most = 0;
      for (let frame = 0; frame < frames; frame += 1) {
        grid.scrollTop += step;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        most = Math.max(most, document.querySelectorAll('[role=row]').length);
      }
      return most;
    },
    { step, frames },
  );
// Smooth: about three rows a frame, as a wheel or trackpad scrolls. Jumps: a new screenful every frame.
const maxRows = await scroll(108, 240);
const scrollFrames = await stopFrames();
await startFrames();
await scroll(2400, 120);
const jumpFrames = await stopFrames();
report.table = {
  rows: 65536,
  commitMs: Math.round(mount.tableCommitMs),
  firstFrameMs: Math.round(mount.tableFirstFrameMs),
  domRowsAfterMount,
  domRowsMaxWhileScrolling: maxRows,
  smoothScrollFrameMs: stats(scrollFrames.slice(1)),
  smoothScrollFramesOver20ms: scrollFrames.slice(1).filter((ms) => ms > 20).length,
  jumpScrollFrameMs: stats(jumpFrames.slice(1)),
};

// 2. Drag the crossover: each step recalibrates 1,000 cases and rebuilds the truth table.
await story('qca-benchmarks--drag-to-truth-table');
const thumb = page.getByRole('slider', { name: 'Crossover' });
const drag = async (/** @type {number} */ steps) => {
  const box = await thumb.boundingBox();
  if (!box) throw new Error('no crossover thumb');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= steps; step += 1) {
    await page.mouse.move(x + (step % 2 === 0 ? step : -step) * 2, y);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  await page.mouse.up();
};
await drag(20); // warm-up
await page.evaluate(() => ((/** @type {any} */ (window).wayfinderBench = {})));
await startFrames();
await drag(120);
const dragFrames = await stopFrames();
const measured = await page.evaluate(() => /** @type {any} */ (window).wayfinderBench);
report.drag = {
  cases: 1000,
  conditions: 8,
  steps: measured.stepCommitMs?.length ?? 0,
  truthTableMs: stats(measured.truthTableMs ?? []),
  inputToCommitMs: stats(measured.stepCommitMs ?? []),
  frameMs: stats(dragFrames.slice(1)),
  framesOver20ms: dragFrames.slice(1).filter((ms) => ms > 20).length,
};

// 3. Whole studies: import, then minimize in the worker; the page must stay responsive while the
// results (thousands of models) arrive and render.
for (const { id, name } of [
  { id: 'qca-benchmarks--study-200-x-8', name: 'minimize 200 cases × 8 conditions' },
  { id: 'qca-benchmarks--study-2000-x-12', name: 'minimize 2,000 cases × 12 conditions' },
]) {
  await story(id);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('grid').waitFor({ timeout: 120_000 });
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.wayfinderLongTasks = [];
    new PerformanceObserver((list) => w.wayfinderLongTasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration })))).observe({ type: 'longtask' });
  });
  const clicked = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Minimize' }).click();
  await page.getByText(/^(Done\.|Stopped\.)$|minimization failed/).waitFor({ timeout: 600_000 });
  // Two frames after "Done.": what the results cost to render is in the tasks by then.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const done = await page.evaluate(() => performance.now());
  const tasks = /** @type {{ start: number, duration: number }[]} */ (await page.evaluate(() => /** @type {any} */ (window).wayfinderLongTasks));
  const after = tasks.filter((task) => task.start >= clicked);
  const models = await page.getByText(/models fit equally well|^One model$/).allTextContents();
  report.scenarios.push({
    name,
    ms: Math.round(done - clicked),
    longestTaskMs: Math.round(Math.max(0, ...after.map((task) => task.duration))),
    longTasks: after.length,
    modelCounts: models,
  });
}

await browser.close();
server.close();
console.log(JSON.stringify(report, null, 2));
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/bench-widgets.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('report: reports/bench-widgets.json');
