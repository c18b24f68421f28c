import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { colourOf, usePresence } from './index';

/** Two people's awareness of one document, each change of one passed to the other as a provider would. */
function linked() {
  const mine = new Awareness(new Y.Doc());
  const theirs = new Awareness(new Y.Doc());
  const pass = (from: Awareness, to: Awareness) => (changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin === 'remote') return;
    applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...changes.added, ...changes.updated, ...changes.removed]), 'remote');
  };
  mine.on('update', pass(mine, theirs));
  theirs.on('update', pass(theirs, mine));
  return { mine, theirs };
}

describe('usePresence', () => {
  it('says who this user is and where, and lists the others with where they are', () => {
    const { mine, theirs } = linked();
    const { result, rerender } = renderHook(({ place }) => usePresence(mine, { name: 'Ana', colour: '#1f77b4' }, place), { initialProps: { place: 'trip-ticket' } });
    expect(result.current).toEqual([]);
    expect(theirs.getStates().get(mine.clientID)).toEqual({ user: { name: 'Ana', colour: '#1f77b4' }, place: 'trip-ticket' });
    act(() => {
      theirs.setLocalStateField('user', { name: 'Ben', colour: '#d62728' });
      theirs.setLocalStateField('place', 'pit-stops');
    });
    expect(result.current).toEqual([{ id: theirs.clientID, name: 'Ben', colour: '#d62728', place: 'pit-stops' }]);
    rerender({ place: 'factors' });
    expect(theirs.getStates().get(mine.clientID)?.['place']).toBe('factors');
    act(() => removeAwarenessStates(theirs, [theirs.clientID], 'left'));
    expect(result.current).toEqual([]);
  });

  it('leaves out what another client says of itself that is not a name and a colour, and cuts a long name', () => {
    const { mine, theirs } = linked();
    const { result } = renderHook(() => usePresence(mine, { name: 'Ana', colour: '#1f77b4' }));
    act(() => theirs.setLocalStateField('user', { name: '<img src=x>', colour: 'red; background: url(x)' }));
    expect(result.current).toEqual([]);
    act(() => theirs.setLocalStateField('user', { name: 'B'.repeat(500), colour: '#d62728' }));
    expect(result.current[0]?.name).toHaveLength(80);
    act(() => theirs.setLocalStateField('place', { section: 'x' }));
    expect(result.current[0]?.place).toBeNull();
  });

  it('keeps the same list while nothing about the others changes, so nothing renders again', () => {
    const { mine, theirs } = linked();
    act(() => theirs.setLocalStateField('user', { name: 'Ben', colour: '#d62728' }));
    const { result } = renderHook(() => usePresence(mine, { name: 'Ana', colour: '#1f77b4' }));
    const first = result.current;
    act(() => theirs.setLocalStateField('user', { name: 'Ben', colour: '#d62728' }));
    expect(result.current).toBe(first);
  });

  it('has nobody else without an awareness, and gives each name a colour of its own', () => {
    const { result } = renderHook(() => usePresence(null, { name: 'Ana', colour: '#1f77b4' }));
    expect(result.current).toEqual([]);
    expect(colourOf('Ana')).toMatch(/^#[0-9a-f]{6}$/);
    expect(colourOf('Ana')).toBe(colourOf('Ana'));
  });
});
