import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Server } from '@hocuspocus/server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { emptyJourney } from '@wayfinder/core/navigator';
import type { CollabServerOptions } from './server';
import { journeyBindings, readJourney, writeJourney } from '@wayfinder/core/shared/journey';
import { DOCUMENT_TOO_LARGE, INVALID_DOCUMENT, startCollabServer, TOO_MANY_MESSAGES } from './server';
import { signToken } from './token';

const secret = 'a secret only the host knows';
const open: Array<{ destroy: () => void }> = [];
const servers: Server[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const item of open.splice(0)) item.destroy();
  await Promise.all(servers.splice(0).map((server) => server.destroy()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function server(options: { log?: string[]; dir?: string; port?: number } & Partial<Pick<CollabServerOptions, 'maxMessageBytes' | 'maxMessagesPerSecond' | 'maxDocumentBytes' | 'bindings'>> = {}) {
  const { log = [], dir = mkdtempSync(join(tmpdir(), 'collab-')), port = 0, ...limits } = options;
  if (!dirs.includes(dir)) dirs.push(dir);
  const started = await startCollabServer({ port, dir, secret, log: (line) => log.push(line), ...limits });
  servers.push(started);
  return { url: started.webSocketURL, dir, port: started.address.port };
}

const token = (documents: string[]) => signToken(secret, { user: 'Ana', documents, expires: Date.now() / 1000 + 3600 });

/** A client: a Y.Doc connected to `name` through the server, with its provider's events as promises. */
function client(url: string, name: string, tokenText: string, messageReconnectTimeout = 2000) {
  const doc = new Y.Doc();
  // Retries come quickly here, so a restarted server is found again soon.
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxDelay: 300, messageReconnectTimeout });
  let refused: (reason: string) => void = () => {};
  const refusal = new Promise<string>((resolve) => {
    refused = resolve;
  });
  let closed: (reason: string) => void = () => {};
  /** Resolves with why, the first time the connection closes. */
  const disconnected = new Promise<string>((resolve) => {
    closed = resolve;
  });
  let ready: () => void = () => {};
  const synced = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const provider = new HocuspocusProvider({ websocketProvider, name, document: doc, token: tokenText, onSynced: () => ready(), onAuthenticationFailed: ({ reason }) => refused(reason), onClose: ({ event }) => closed(event.reason) });
  // A provider given its own socket joins it only when attached.
  provider.attach();
  open.push(provider, websocketProvider);
  return { doc, provider, websocketProvider, synced, refusal, disconnected };
}

/** Resolves once the server has acknowledged every change the client sent. */
function acknowledged(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve) => {
    if (!provider.hasUnsyncedChanges) return resolve();
    const check = () => {
      if (provider.hasUnsyncedChanges) return;
      provider.off('unsyncedChanges', check);
      resolve();
    };
    provider.on('unsyncedChanges', check);
  });
}

/** Resolves once `doc` satisfies `test`, checked after each change it receives. */
function until(doc: Y.Doc, test: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test()) return resolve();
    const check = () => {
      if (!test()) return;
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
  });
}

describe('the reference collaboration server', () => {
  it('keeps two clients typing into one answer at once in step, both texts kept', async () => {
    const { url } = await server();
    const a = client(url, 'team-a/journey', token(['team-a/*']));
    const b = client(url, 'team-a/journey', token(['team-a/*']));
    await Promise.all([a.synced, b.synced]);
    a.doc.getText('why').insert(0, 'Attendance fell. ');
    b.doc.getText('why').insert(0, 'Buses ran late.');
    const both = (doc: Y.Doc) => doc.getText('why').toString().includes('Attendance fell.') && doc.getText('why').toString().includes('Buses ran late.');
    await Promise.all([until(a.doc, () => both(a.doc)), until(b.doc, () => both(b.doc))]);
    expect(a.doc.getText('why').toString()).toBe(b.doc.getText('why').toString());
  });

  it('refuses a token for one team on another team\'s document, and says so in its log', async () => {
    const log: string[] = [];
    const { url } = await server({ log });
    const intruder = client(url, 'team-b/journey', token(['team-a/*']));
    expect(await intruder.refusal).toBeTruthy();
    expect(log).toEqual([expect.stringContaining('"team-b/journey": the token does not name the document')]);
    const forged = client(url, 'team-a/journey', `${token(['team-a/*']).split('.')[0]}.AAAA`);
    expect(await forged.refusal).toBeTruthy();
  });

  it('loses no edit when the server dies mid-session: the clients reconnect by themselves and merge what they did meanwhile', async () => {
    const first = await server();
    const a = client(first.url, 'team-a/journey', token(['team-a/*']));
    const b = client(first.url, 'team-a/journey', token(['team-a/*']));
    await Promise.all([a.synced, b.synced]);
    a.doc.getText('why').insert(0, 'Before. ');
    await acknowledged(a.provider);
    await servers.pop()!.destroy();
    // Both go on editing while the server is down.
    a.doc.getText('why').insert(a.doc.getText('why').length, 'A offline. ');
    b.doc.getText('why').insert(0, 'B offline. ');
    await server({ dir: first.dir, port: first.port });
    const all = (doc: Y.Doc) => ['Before.', 'A offline.', 'B offline.'].every((part) => doc.getText('why').toString().includes(part));
    await Promise.all([until(a.doc, () => all(a.doc)), until(b.doc, () => all(b.doc))]);
    expect(a.doc.getText('why').toString()).toBe(b.doc.getText('why').toString());
  });

  it('keeps a document across a restart of the server', async () => {
    const first = await server();
    const a = client(first.url, 'team-a/journey', token(['team-a/journey']));
    await a.synced;
    a.doc.getText('why').insert(0, 'Kept on disk.');
    await acknowledged(a.provider);
    // Stopping stores what is pending before the server goes.
    await servers.pop()!.destroy();
    const second = await server({ dir: first.dir });
    const b = client(second.url, 'team-a/journey', token(['team-a/journey']));
    await b.synced;
    expect(b.doc.getText('why').toString()).toBe('Kept on disk.');
  });

  it('closes a connection that floods it with messages, keeping what came before, and lets it back in', async () => {
    const log: string[] = [];
    const { url } = await server({ log, maxMessagesPerSecond: 5 });
    // A client that would wait out a silent socket for its full default, so only a real close brings it back.
    const a = client(url, 'team-a/journey', token(['team-a/*']), 30_000);
    await a.synced;
    a.doc.getText('why').insert(0, 'Kept.');
    await acknowledged(a.provider);
    // Each change its own message, far past a burst of ten.
    for (let index = 0; index < 40; index += 1) a.doc.getText('why').insert(0, 'x');
    expect(await a.disconnected).toBe(TOO_MANY_MESSAGES);
    expect(log).toContainEqual(expect.stringContaining('more than 5 messages a second from one connection'));
    const b = client(url, 'team-a/journey', token(['team-a/*']));
    await b.synced;
    expect(b.doc.getText('why').toString()).toContain('Kept.');
    // Connected again, the client sends what it has in one message, and it all arrives.
    await until(b.doc, () => b.doc.getText('why').toString() === `${'x'.repeat(40)}Kept.`);
  });

  it.each([
    { what: 'a message past its size', limits: { maxMessageBytes: 4096 }, size: 20_000, reason: undefined, logged: undefined },
    { what: 'an update that would take a document past its size', limits: { maxDocumentBytes: 2048 }, size: 3000, reason: DOCUMENT_TOO_LARGE, logged: '"team-a/journey": an update would take the document past 2048 bytes' },
  ])('refuses $what without harming the stored document, and takes what follows once it is taken back', async ({ limits, size, reason, logged }) => {
    const log: string[] = [];
    const { url } = await server({ log, ...limits });
    const a = client(url, 'team-a/journey', token(['team-a/*']));
    await a.synced;
    a.doc.getText('why').insert(0, 'Kept.');
    await acknowledged(a.provider);
    a.doc.getText('why').insert(0, 'y'.repeat(size));
    const closed = await a.disconnected;
    if (reason) expect(closed).toBe(reason);
    if (logged) expect(log).toContainEqual(expect.stringContaining(logged));
    const b = client(url, 'team-a/journey', token(['team-a/*']));
    await b.synced;
    expect(b.doc.getText('why').toString()).toBe('Kept.');
    // Taken back, the change is small again: what comes after it reaches the others.
    a.doc.getText('why').delete(0, size);
    a.doc.getText('why').insert(a.doc.getText('why').length, ' After.');
    await until(b.doc, () => b.doc.getText('why').toString() === 'Kept. After.');
  });

  it('refuses an update that is not one, without harming the stored document', async () => {
    const first = await server();
    const a = client(first.url, 'team-a/journey', token(['team-a/*']));
    await a.synced;
    a.doc.getText('why').insert(0, 'Kept.');
    await acknowledged(a.provider);
    // A document update message (Hocuspocus: document name, Sync; y-protocols: Update) whose update is noise.
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, 'team-a/journey');
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, new Uint8Array([1, 2, 3, 250, 251, 252, 7, 7, 7]));
    a.websocketProvider.send(encoding.toUint8Array(encoder));
    await a.disconnected;
    await servers.pop()!.destroy();
    const second = await server({ dir: first.dir });
    const b = client(second.url, 'team-a/journey', token(['team-a/*']));
    await b.synced;
    expect(b.doc.getText('why').toString()).toBe('Kept.');
  });

  it('refuses an update that would make a journey unreadable for everyone, keeping the stored one', async () => {
    const log: string[] = [];
    const { url } = await server({ log, bindings: journeyBindings });
    const a = client(url, 'team-a/journey', token(['team-a/*']));
    await a.synced;
    writeJourney(a.doc, emptyJourney('Literacy network'));
    await acknowledged(a.provider);
    // A client that writes past the kit's own checks.
    a.doc.getMap('journey').set('pitStops', 'none');
    expect(await a.disconnected).toBe(INVALID_DOCUMENT);
    expect(log).toContainEqual(expect.stringContaining('"team-a/journey": The shared journey has 1 problem.'));
    const b = client(url, 'team-a/journey', token(['team-a/*']));
    await b.synced;
    expect(readJourney(b.doc)).toMatchObject({ ok: true, value: { name: 'Literacy network', pitStops: [] } });
  });
});

