import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blankPitStop, emptyJourney } from '../navigator/create';
import type { Journey } from '../navigator/journey';
import { journeyBinding, readJourney, writeJourney } from './journey';
import type { LocalSharing } from './local';
import { shareLocally } from './local';

const journey = { ...emptyJourney('Literacy network'), pitStops: [blankPitStop('2026-03-02')] };
const opened: LocalSharing[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((sharing) => sharing.destroy()));
});

/** A tab: a Y.Doc shared under `name`. */
async function tab(name: string, options: Parameters<typeof shareLocally>[2] = {}) {
  const doc = new Y.Doc();
  const sharing = shareLocally(doc, name, options);
  opened.push(sharing);
  await sharing.whenLoaded;
  return doc;
}

/** Resolves once `doc` satisfies `test`, checked after each change it receives. */
function until(doc: Y.Doc, test: (journey: Journey | undefined) => boolean): Promise<void> {
  const now = () => {
    const read = readJourney(doc);
    return test(read.ok ? read.value : undefined);
  };
  return new Promise((resolve) => {
    if (now()) return resolve();
    const check = () => {
      if (!now()) return;
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
  });
}

describe('sharing a journey between tabs', () => {
  it('brings a tab opened later up to date, and keeps open tabs in step both ways', async () => {
    const a = await tab('in-step', { persist: false });
    writeJourney(a, journey);
    const b = await tab('in-step', { persist: false });
    await until(b, (value) => value?.name === 'Literacy network');
    writeJourney(b, { ...journey, name: 'Year two' });
    await until(a, (value) => value?.name === 'Year two');
    writeJourney(a, { ...journey, name: 'Year two', pitStops: [] });
    await until(b, (value) => value?.pitStops.length === 0);
  });

  it('catches up once the tab whose change it refused sets it right', async () => {
    const a = await tab('healed', { persist: false });
    writeJourney(a, journey);
    const b = await tab('healed', { persist: false, bindings: [journeyBinding] });
    await until(b, (value) => value !== undefined);
    a.getMap('journey').set('schemaVersion', 99);
    writeJourney(a, { ...journey, name: 'Set right' });
    // B refused the first change, so the second builds on something B lacks: B asks, and what A
    // answers (both changes) leaves the journey whole.
    await until(b, (value) => value?.name === 'Set right');
  });

  it('gives the tabs already open what a tab held before it began sharing', async () => {
    const a = await tab('offered', { persist: false });
    const b = new Y.Doc();
    writeJourney(b, journey);
    const sharing = shareLocally(b, 'offered', { persist: false });
    opened.push(sharing);
    await until(a, (value) => value?.name === 'Literacy network');
  });

  it('settles whenLoaded when destroyed before it loaded', async () => {
    const sharing = shareLocally(new Y.Doc(), 'gone');
    await sharing.destroy();
    await expect(sharing.whenLoaded).resolves.toBeUndefined();
  });

  it('keeps the document in IndexedDB, so it is there after a reload', async () => {
    const a = await tab('stored');
    writeJourney(a, journey);
    await opened.pop()!.destroy();
    const reopened = await tab('stored');
    expect(readJourney(reopened)).toEqual({ ok: true, value: journey });
  });

  it('leaves out a change from another tab that would make the journey unreadable, and says so', async () => {
    let refused: (error: Error) => void = () => {};
    const refusal = new Promise<Error>((resolve) => {
      refused = resolve;
    });
    const a = await tab('checked', { persist: false });
    writeJourney(a, journey);
    const b = await tab('checked', { persist: false, bindings: [journeyBinding], onRefused: (error) => refused(error) });
    await until(b, (value) => value !== undefined);
    a.getMap('journey').set('schemaVersion', 99);
    expect(await refusal).toMatchObject({ code: 'navigator/shared' });
    expect(readJourney(b)).toEqual({ ok: true, value: journey });
  });
});
