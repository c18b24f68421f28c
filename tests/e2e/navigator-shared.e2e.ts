import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signToken } from '../../apps/collab-server/src/token.ts';
import { axeViolations, openPage, pageErrors, screenshot, sharedBrowser } from '../support/browser.ts';
import { timeouts } from '../support/timeouts.ts';
import type { CollabProcess } from '../support/collab-process.ts';
import { startCollabProcess } from '../support/collab-process.ts';

const browser = sharedBrowser();
/** Merges and reconnections come when they come: wait for them as for any state. */
const settles = { timeout: timeouts.wait };
const appUrl = inject('appUrl');
const secret = 'the host’s secret for these tests';
const dir = mkdtempSync(join(tmpdir(), 'collab-e2e-'));
let server: CollabProcess;
let port = 0;

const start = async () => {
  server = await startCollabProcess({ port, dir, secret });
  port = server.port;
};
beforeAll(start);
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const tokenFor = (documents: string[]) => signToken(secret, { user: 'test', documents, expires: Date.now() / 1000 + 3600 });

/**
 * The network between one browser and the team's server, which a test can cut: every connection to
 * the server goes through it, and cutting it closes them and refuses new ones until it is restored.
 */
const networks = new WeakMap<BrowserContext, { cut: () => void; restore: () => void }>();
async function network(context: BrowserContext) {
  let offline = false;
  const open = new Set<WebSocketRoute>();
  await context.routeWebSocket(
    (url) => url.port === String(port),
    (socket) => {
      if (offline) return void socket.close({ code: 1001, reason: 'offline' });
      socket.connectToServer();
      open.add(socket);
      socket.onClose(() => open.delete(socket));
    },
  );
  networks.set(context, {
    cut: () => {
      offline = true;
      for (const socket of open) void socket.close({ code: 1001, reason: 'offline' });
    },
    restore: () => {
      offline = false;
    },
  });
}

/** A person's browser: the app opened in a context of its own, sharing the journey as `name`. */
async function person(name: string, sharing: { server: string; document: string; token: string }): Promise<Page> {
  const page = await openPage(browser(), 'about:blank');
  await network(page.context());
  await page.goto(`${appUrl}#/settings`);
  const form = page.getByRole('form', { name: 'Share with your team' });
  await form.getByRole('textbox', { name: 'Your name' }).fill(name);
  await form.getByRole('textbox', { name: 'Server address (optional)' }).fill(sharing.server);
  await form.getByRole('textbox', { name: 'Name of the team’s work on the server' }).fill(sharing.document);
  if (sharing.token) await form.getByLabel('Access token (optional)').fill(sharing.token);
  await form.getByRole('button', { name: 'Share' }).click();
  await form.getByText(`Shared as ${name}`).waitFor();
  return page;
}

const equity = (page: Page) => page.getByRole('textbox', { name: 'Our shared definition of equity' });
const toHeaded = async (page: Page) => {
  await page.goto(`${appUrl}#/journey/trip-ticket`);
  await page.getByRole('button', { name: /Where are we headed/ }).click();
};

describe('a journey shared by a team', () => {
  it('keeps both people’s words typed into one answer at once, a version saved by one and a pit stop added by the other, the edits of one who went offline, and edits made while the server was down', async () => {
    const sharing = { server: `ws://127.0.0.1:${port}`, document: 'team-a/journey', token: tokenFor(['team-a/*']) };
    const ana = await person('Ana', sharing);
    const ben = await person('Ben', sharing);
    for (const page of [ana, ben]) await toHeaded(page);
    for (const page of [ana, ben]) await page.getByText('Shared with your team. Every change is sent.').waitFor();
    // Each sees the other, and where they are.
    await ana.getByRole('region', { name: 'Also here' }).getByText('Ben').waitFor();
    await ben.getByRole('region', { name: 'Also here' }).getByText('in Trip ticket').waitFor();

    await equity(ana).click();
    await equity(ben).click();
    // Where: down to the answer, in the reader's words.
    await ana.getByRole('region', { name: 'Also here' }).getByText('in Trip ticket · Our shared definition of equity').waitFor();
    await Promise.all([equity(ana).pressSequentially('Every reader ', { delay: 15 }), equity(ben).pressSequentially('by grade three', { delay: 15 })]);
    for (const page of [ana, ben]) {
      await expect.poll(() => equity(page).inputValue(), settles).toMatch(/(?=.*Every reader)(?=.*by grade three)/);
    }
    expect(await equity(ana).inputValue()).toBe(await equity(ben).inputValue());
    await screenshot(ana, 'shared-journey-typing');
    expect(await axeViolations(ana)).toEqual([]);

    // Ana saves a version while Ben adds a pit stop.
    await ana.getByRole('button', { name: /Who is here/ }).click();
    await ana.getByRole('button', { name: 'Add a person' }).click();
    await ana.getByRole('textbox', { name: 'Name' }).fill('Ana Ruiz');
    await ben.goto(`${appUrl}#/journey/pit-stops`);
    await Promise.all([ana.getByRole('button', { name: 'Save this version' }).click(), ben.getByRole('button', { name: 'Add a pit stop' }).click()]);
    for (const page of [ana, ben]) {
      await page.goto(`${appUrl}#/journey/pit-stops`);
      await page.getByRole('heading', { name: /^Pit stop of / }).first().waitFor();
      await page.goto(`${appUrl}#/journey/trip-ticket`);
      await page.getByRole('listitem').filter({ hasText: /^Version 1: meeting of / }).first().waitFor();
    }
    // The saved answers are the version's; the draft they came from is gone for both.
    await toHeaded(ben);
    expect(await equity(ben).inputValue()).toMatch(/Every reader/);

    // Any answer, not only the trip ticket's: both type into one pit stop's notes at once.
    const notes = (page: Page) => page.getByRole('region', { name: /^Pit stop of / }).first().getByRole('textbox', { name: 'Notes' }).first();
    for (const page of [ana, ben]) {
      await page.goto(`${appUrl}#/journey/pit-stops`);
      await notes(page).click();
    }
    await Promise.all([notes(ana).pressSequentially('Ana on the destination. ', { delay: 15 }), notes(ben).pressSequentially('Ben adds his view.', { delay: 15 })]);
    for (const page of [ana, ben]) await expect.poll(() => notes(page).inputValue(), settles).toMatch(/(?=.*Ana on the destination\. )(?=.*Ben adds his view\.)/);
    expect(await notes(ana).inputValue()).toBe(await notes(ben).inputValue());

    for (const page of [ana, ben]) await toHeaded(page);
    // Ben goes offline and edits; Ana edits meanwhile; Ben comes back and both copies hold both.
    networks.get(ben.context())!.cut();
    await ben.getByText(/^Not connected: your changes are kept in this browser/).waitFor();
    await equity(ben).press('End');
    await equity(ben).pressSequentially(' (Ben, offline)');
    await equity(ana).press('Home');
    await equity(ana).pressSequentially('Ana, online: ');
    networks.get(ben.context())!.restore();
    await ben.getByText('Shared with your team. Every change is sent.').waitFor();
    for (const page of [ana, ben]) await expect.poll(() => equity(page).inputValue(), settles).toMatch(/^Ana, online: .*\(Ben, offline\)$/);

    // The server is killed; both keep editing; it is started again and both copies hold everything.
    await server.kill();
    for (const page of [ana, ben]) await page.getByText(/^Not connected: your changes are kept in this browser/).waitFor();
    await equity(ana).press('End');
    await equity(ana).pressSequentially(' — offline from Ana');
    await equity(ben).press('End');
    await equity(ben).pressSequentially(' — offline from Ben');
    await start();
    for (const page of [ana, ben]) {
      await page.getByText('Shared with your team. Every change is sent.').waitFor();
      await expect.poll(() => equity(page).inputValue(), settles).toMatch(/(?=.*offline from Ana)(?=.*offline from Ben)/);
    }
    expect(await equity(ana).inputValue()).toBe(await equity(ben).inputValue());
    for (const page of [ana, ben]) expect(pageErrors(page).filter((error) => !/WebSocket|ERR_CONNECTION_REFUSED/.test(error))).toEqual([]);
    await Promise.all([ana, ben].map((page) => page.context().close()));
  });

  it('refuses a token for another team’s journey, and says so', async () => {
    const page = await person('Eve', { server: `ws://127.0.0.1:${port}`, document: 'team-b/journey', token: tokenFor(['team-a/*']) });
    await page.goto(`${appUrl}#/journey/trip-ticket`);
    await page.getByText('The server did not open the team’s work for you').waitFor();
    await expect.poll(() => server.log.some((line) => line.includes('"team-b/journey"')), settles).toBe(true);
    await page.context().close();
  });

  it('keeps two tabs of one browser in step without a server', async () => {
    const first = await person('Ana', { server: '', document: 'journey', token: '' });
    const context: BrowserContext = first.context();
    const second = await context.newPage();
    await second.goto(`${appUrl}#/journey/trip-ticket`);
    await toHeaded(first);
    await second.getByRole('button', { name: /Where are we headed/ }).click();
    await first.getByText('Shared between this browser’s tabs.').waitFor();
    await equity(first).pressSequentially('Written in the first tab');
    await expect.poll(() => equity(second).inputValue(), settles).toBe('Written in the first tab');
    await equity(second).press('End');
    await equity(second).pressSequentially(', and in the second');
    await expect.poll(() => equity(first).inputValue(), settles).toBe('Written in the first tab, and in the second');
    // The coding is the team's too: a respondent added in one tab is in the other.
    for (const page of [first, second]) await page.goto(`${appUrl}#/logics/coding`);
    await first.getByText('Add a respondent').click();
    await first.getByRole('textbox', { name: 'Id (short, unique)' }).fill('p7');
    await first.getByRole('textbox', { name: 'Name or label' }).fill('Principal, site B');
    await first.getByRole('button', { name: 'Add the respondent' }).click();
    await second.getByRole('option', { name: /Principal, site B/ }).or(second.getByText('Principal, site B').first()).first().waitFor({ state: 'attached' });
    // Undo takes back this person's own last change, in both tabs.
    await screenshot(first, 'shared-coding-tab');
    await first.getByRole('button', { name: 'Undo my last change' }).click();
    await expect.poll(() => second.getByText('Principal, site B').count(), settles).toBe(0);
    // Stopping in one tab stops the other too: no tab goes on editing the team's work alone.
    await first.goto(`${appUrl}#/settings`);
    await first.getByRole('button', { name: 'Stop sharing' }).click();
    await second.goto(`${appUrl}#/`);
    await second.getByText('Everything you enter stays in this browser until you export it.').waitFor();
    await context.close();
  });
});
