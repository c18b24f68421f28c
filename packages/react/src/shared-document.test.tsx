import { blankPitStop, emptyJourney } from '@wayfinder/core/navigator';
import { journeyBinding, writeJourney } from '@wayfinder/core/shared/journey';
import { act, renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useSharedDocument } from './shared-document';

/** Two replicas of one journey, each update of one applied to the other at once (as a provider would). */
function linked() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, update, 'remote'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, update, 'remote'));
  return { a, b };
}

const journey = { ...emptyJourney('Literacy network'), pitStops: [blankPitStop('2026-03-02')] };

describe('useSharedDocument', () => {
  it('shows the document, writes a change into it, and shows a change made elsewhere', () => {
    const { a, b } = linked();
    writeJourney(b, journey);
    const { result } = renderHook(() => useSharedDocument(a, journeyBinding));
    expect(result.current.value).toEqual(journey);
    act(() => result.current.change({ ...journey, name: 'Literacy network, year two' }));
    expect(result.current.value?.name).toBe('Literacy network, year two');
    act(() => writeJourney(b, { ...journey, name: 'Literacy network, year two', pitStops: [] }));
    expect(result.current.value?.pitStops).toEqual([]);
  });

  it('undoes this user\'s own edits only, keeping what someone else did meanwhile', () => {
    const { a, b } = linked();
    writeJourney(a, journey);
    const { result } = renderHook(() => useSharedDocument(a, journeyBinding));
    expect(result.current.canUndo).toBe(false);
    act(() => result.current.change({ ...journey, name: 'Renamed here' }));
    act(() => writeJourney(b, { ...journey, name: 'Renamed here', pitStops: [...journey.pitStops, blankPitStop('2026-06-01', 'unplanned')] }));
    expect(result.current.canUndo).toBe(true);
    act(() => result.current.undo());
    expect(result.current.value?.name).toBe('Literacy network');
    expect(result.current.value?.pitStops).toHaveLength(2);
    act(() => result.current.redo());
    expect(result.current.value?.name).toBe('Renamed here');
  });

  it('follows the document and undoes under StrictMode\'s double effects too', () => {
    const { a } = linked();
    writeJourney(a, journey);
    const { result } = renderHook(() => useSharedDocument(a, journeyBinding), { wrapper: StrictMode });
    act(() => result.current.change({ ...journey, name: 'Renamed here' }));
    expect(result.current).toMatchObject({ value: { name: 'Renamed here' }, canUndo: true });
    act(() => result.current.undo());
    expect(result.current.value?.name).toBe('Literacy network');
  });

  it('keeps the last valid journey on screen and says why when a change from elsewhere breaks it, writing nothing over it meanwhile', () => {
    const { a, b } = linked();
    writeJourney(a, journey);
    const { result } = renderHook(() => useSharedDocument(a, journeyBinding));
    act(() => b.getMap('journey').set('schemaVersion', 99));
    expect(result.current.value).toEqual(journey);
    expect(result.current.error).toBeInstanceOf(Error);
    let written = true;
    act(() => {
      written = result.current.change({ ...journey, name: 'From the old value' });
    });
    expect(written).toBe(false);
    expect(b.getMap('journey').get('schemaVersion')).toBe(99);
    expect(b.getMap('journey').get('name')?.toString()).toBe('Literacy network');
  });

  it('makes an updater\'s change from the document as it is now, not from a value captured before', () => {
    const { a, b } = linked();
    writeJourney(a, journey);
    const { result } = renderHook(() => useSharedDocument(a, journeyBinding));
    const captured = result.current.change;
    act(() => writeJourney(b, { ...journey, pitStops: [...journey.pitStops, blankPitStop('2026-06-01', 'unplanned')] }));
    act(() => {
      captured((current) => ({ ...current, name: 'Renamed late' }));
    });
    expect(result.current.value).toMatchObject({ name: 'Renamed late', pitStops: [expect.anything(), expect.anything()] });
  });

  it('refuses to write a journey that fails its check, and lets the user set an unreadable one right', () => {
    const { a, b } = linked();
    writeJourney(a, journey);
    const { result } = renderHook(() => useSharedDocument(a, journeyBinding));
    let written = true;
    act(() => {
      written = result.current.change({ ...journey, pitStops: [{ ...journey.pitStops[0]!, date: '' }] });
    });
    expect(written).toBe(false);
    expect(result.current).toMatchObject({ value: journey, error: null });
    act(() => b.getMap('journey').set('schemaVersion', 99));
    expect(result.current.error).toBeInstanceOf(Error);
    act(() => {
      written = result.current.replace({ ...journey, name: 'Set right' });
    });
    expect(written).toBe(true);
    expect(result.current).toMatchObject({ value: { name: 'Set right' }, error: null });
  });

  it('keeps one store, and its undo history, when the binding is written inline', () => {
    const { a } = linked();
    writeJourney(a, journey);
    const { result, rerender } = renderHook(() => useSharedDocument(a, { ...journeyBinding }));
    act(() => result.current.change({ ...journey, name: 'Renamed here' }));
    rerender();
    expect(result.current.canUndo).toBe(true);
  });

  it('holds no value and no error while the document is empty', () => {
    const doc = new Y.Doc();
    const { result } = renderHook(() => useSharedDocument(doc, journeyBinding));
    expect(result.current).toMatchObject({ value: undefined, error: null, canUndo: false });
  });

  it('fills an empty document as nobody\'s edit, so undo never empties it for everyone, and fills nothing twice', () => {
    const { a, b } = linked();
    const { result } = renderHook(() => useSharedDocument(a, journeyBinding));
    const other = renderHook(() => useSharedDocument(b, journeyBinding));
    act(() => void expect(result.current.fill(journey)).toBe(true));
    expect(other.result.current.value).toEqual(journey);
    expect(result.current.canUndo).toBe(false);
    act(() => void expect(other.result.current.fill({ ...journey, name: 'Another' })).toBe(false));
    act(() => void result.current.change({ ...journey, name: 'Renamed' }));
    act(() => result.current.undo());
    act(() => result.current.undo());
    expect(other.result.current.value).toEqual(journey);
  });
});
