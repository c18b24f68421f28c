import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PreviewServer } from 'vite';
import { build, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, pageErrors, screenshot, sharedBrowser } from '../support/browser.ts';

const root = fileURLToPath(new URL('../../examples/embed-host/', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));
/** Every workspace-package file the host's bundle was built from. */
const packageFiles: string[] = [];
let server: PreviewServer;
const browser = sharedBrowser();

beforeAll(async () => {
  if (!existsSync(`${repo}packages/ui/dist/provider.js`)) throw new Error('The packages are not built: run `pnpm build` first.');
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  process.env.NODE_ENV = 'production';
  await build({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'warn',
    plugins: [
      {
        name: 'record-package-files',
        load(id) {
          if (id.includes('/packages/')) packageFiles.push(id);
          return null;
        },
      },
    ],
  });
  server = await preview({ root, configFile: `${root}vite.config.ts`, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
});

afterAll(async () => {
  await server?.close();
});

describe('a separate host app on the built packages', () => {
  it('type-checks against the published declarations', () => {
    expect(() => execFileSync('npx', ['tsc', '-p', `${root}tsconfig.json`, '--noEmit'], { cwd: repo, stdio: 'pipe' })).not.toThrow();
  });

  it('was bundled from the packages’ dist files only', () => {
    expect(packageFiles.length).toBeGreaterThan(0);
    expect(packageFiles.filter((file) => !file.includes('/dist/'))).toEqual([]);
  });

  it('renders the widgets with the host’s brand, words, language and storage', async () => {
    const page = await openPage(browser(), server.resolvedUrls!.local[0]!);
    await page.getByRole('heading', { name: 'Strategies in our playbook' }).waitFor();
    await page.getByRole('group', { name: 'Respondents' }).getByRole('button').first().waitFor();
    const accent = await page.locator('.wf-root').evaluate((element) => getComputedStyle(element).getPropertyValue('--wf-color-accent'));
    expect(accent).toContain('#0b6e4f');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'embed-host');
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Ana');
    await page.waitForFunction(() => (window as unknown as { hostWrites: string[] }).hostWrites.includes('harbor/trip-ticket'));
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { name: 'Conjunto de estrategias' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});
