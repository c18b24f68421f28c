#!/usr/bin/env node
// Keeps the README true: every `pnpm` command it names exists, its packages table lists every
// entry each package publishes, and the quick commands of its table run as it says they do:
// `pnpm -s qca` on a reference case (clean JSON, with and without --compat), `pnpm -s spc` on a
// reference case and a bad request, `pnpm fixtures:refresh --check` on the repository's own fixtures, and `pnpm dev`, whose two servers must answer on the
// ports given by STORYBOOK_PORT and APP_PORT. Run after `pnpm build` (the QCA command needs it).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
/** pnpm's own commands the README may use (in the embedding guide, for a host's project). */
const pnpmCommands = new Set(['add', 'install', 'i', 'exec', 'dlx', 'run']);
/** @type {string[]} */
const problems = [];
/** @param {string} what @param {() => void | Promise<void>} check */
async function step(what, check) {
  const started = Date.now();
  try {
    await check();
    console.log(`ok      ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    console.log(`FAILED  ${what}`);
  }
}

await step('every pnpm command in the README is a script or one of pnpm’s own', () => {
  const commands = [...readme.matchAll(/(?:`|^)pnpm ((?:-\S+ )*)([\w:.-]+)/gm)].map((match) => match[2] ?? '');
  const unknown = [...new Set(commands.filter((name) => !(name in scripts) && !pnpmCommands.has(name)))];
  if (commands.length === 0) throw new Error('no pnpm commands found');
  if (unknown.length > 0) throw new Error(`not in package.json: ${unknown.join(', ')}`);
});

await step('the packages table lists every published entry', () => {
  for (const name of ['core', 'react', 'ui']) {
    const pkg = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${pkg.name}\` |`));
    if (!row) throw new Error(`${pkg.name} has no row`);
    const listed = new Set([...(row.split('|')[2] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]));
    const published = Object.keys(pkg.exports).filter((key) => key !== './package.json').map((key) => key.slice(2));
    const missing = published.filter((entry) => !listed.has(entry));
    const extra = [...listed].filter((entry) => entry && !published.includes(entry));
    if (missing.length > 0 || extra.length > 0) throw new Error(`${pkg.name}: missing ${missing.join(', ') || 'none'}; not published ${extra.join(', ') || 'none'}`);
  }
});

await step('pnpm -s qca prints a result as clean JSON, with and without --compat qca', () => {
  if (!existsSync(join(root, 'packages/core/dist/qca/reference.js'))) throw new Error('@wayfinder/core is not built: run `pnpm build` first');
  const casesDir = join(root, 'tests/fixtures/qca/cases');
  const request = readdirSync(casesDir).filter((file) => file.endsWith('.request.json')).sort()[0];
  if (!request) throw new Error(`no request in ${casesDir}`);
  for (const [args, compat] of /** @type {const} */ ([
    [[], 'corrected'],
    [['--compat', 'qca'], 'qca'],
  ])) {
    const output = execFileSync('pnpm', ['-s', 'qca', join(casesDir, request), ...args], { cwd: root, encoding: 'utf8' });
    const result = JSON.parse(output);
    if (result.engine?.compat !== compat) throw new Error(`expected engine.compat "${compat}", got ${JSON.stringify(result.engine)}`);
  }
});

await step('pnpm -s spc prints a chart as clean JSON, and refuses a bad request with exit code 2', () => {
  const casesDir = join(root, 'tests/fixtures/spc/cases');
  const request = readdirSync(casesDir).filter((file) => file.endsWith('.request.json')).sort()[0];
  if (!request) throw new Error(`no request in ${casesDir}`);
  const result = JSON.parse(execFileSync('pnpm', ['-s', 'spc', join(casesDir, request)], { cwd: root, encoding: 'utf8' }));
  if (!Array.isArray(result.points) || result.points.length === 0) throw new Error(`no points in ${JSON.stringify(result).slice(0, 200)}`);
  const bad = join(root, 'packages/core/dist/spc-bad-request.json');
  writeFileSync(bad, JSON.stringify({ id: 'bad', chart: 'p', y: [1] }));
  try {
    execFileSync('node', ['packages/core/bin/wayfinder-spc.mjs', bad], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    throw new Error('a p chart without n was accepted');
  } catch (error) {
    if (/** @type {{ status?: number }} */ (error).status !== 2) throw error;
  } finally {
    rmSync(bad);
  }
});

await step('pnpm fixtures:refresh --check reports no change against the fixtures themselves', () => {
  const output = execFileSync('pnpm', ['-s', 'fixtures:refresh', '--check', 'tests/fixtures'], { cwd: root, encoding: 'utf8' });
  if (!/^0 added, 0 changed, 0 removed/m.test(output)) throw new Error(output);
});

await step('pnpm dev serves Storybook and the app on the ports it is given', async () => {
  const [storybookPort, appPort] = [await freePort(), await freePort()];
  const dev = spawn('pnpm', ['dev'], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, STORYBOOK_PORT: String(storybookPort), APP_PORT: String(appPort) } });
  let log = '';
  dev.stdout.on('data', (chunk) => (log += chunk));
  dev.stderr.on('data', (chunk) => (log += chunk));
  try {
    await Promise.all([answers(`http://localhost:${storybookPort}/index.json`, dev), answers(`http://localhost:${appPort}/`, dev)]);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${log.slice(-2000)}`);
  } finally {
    if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
  }
});

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Waits until a URL answers 200. The limit only ends a server that never comes up: a cold
 * Storybook on a busy machine takes a minute.
 * @param {string} url @param {import('node:child_process').ChildProcess} server
 */
async function answers(url, server) {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`pnpm dev exited (${server.exitCode}) before ${url} answered`);
    const status = await fetch(url).then((response) => response.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

if (problems.length > 0) {
  console.error(`\nThe README is out of date:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
