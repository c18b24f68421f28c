import { useEffect, useMemo, useSyncExternalStore } from 'react';

/**
 * The part of a Yjs awareness (`y-protocols/awareness`: a HocuspocusProvider's `awareness`,
 * y-websocket's, a host's own) this hook uses: who is connected and what each says of itself.
 */
export interface AwarenessLike {
  readonly clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
  setLocalStateField(field: string, value: unknown): void;
  on(event: 'change', listener: () => void): void;
  off(event: 'change', listener: () => void): void;
}

/** Someone else with the document open: as they name themselves, and where they are in it. */
export interface Peer {
  /** The awareness client id: stable while that person's page stays open. */
  id: number;
  name: string;
  /** A `#rrggbb` colour that marks this person. */
  colour: string;
  /** Where they are (a key the host chose: a section, a field), or null. */
  place: string | null;
}

export interface PresenceUser {
  name: string;
  colour: string;
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;
const MAX_NAME = 80;
const MAX_PLACE = 200;

/**
 * What another client says of itself, kept only when it has the expected shape: it comes from
 * the network, so a name is cut to a length a layout can hold and anything else is left out.
 */
function peerOf(id: number, state: Record<string, unknown>): Peer | null {
  const user = state['user'];
  if (typeof user !== 'object' || user === null) return null;
  const { name, colour } = user as Record<string, unknown>;
  if (typeof name !== 'string' || typeof colour !== 'string' || !COLOUR.test(colour)) return null;
  const trimmed = name.trim().slice(0, MAX_NAME);
  if (!trimmed) return null;
  const place = state['place'];
  return { id, name: trimmed, colour, place: typeof place === 'string' && place.length <= MAX_PLACE ? place : null };
}

const NOBODY: readonly Peer[] = [];

/** Keeps the list of peers, as an external store whose snapshot changes only when the list does. */
function peersStore(awareness: AwarenessLike | null) {
  let peers: readonly Peer[] = NOBODY;
  let key = '';
  const read = () => {
    if (!awareness) return;
    const next = [...awareness.getStates()]
      .filter(([id]) => id !== awareness.clientID)
      .map(([id, state]) => peerOf(id, state))
      .filter((peer): peer is Peer => peer !== null)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
    const nextKey = JSON.stringify(next);
    if (nextKey === key) return;
    key = nextKey;
    peers = next.length === 0 ? NOBODY : next;
  };
  read();
  return {
    subscribe: (listener: () => void) => {
      if (!awareness) return () => {};
      const changed = () => {
        read();
        listener();
      };
      awareness.on('change', changed);
      // What changed between the first render and this subscription.
      changed();
      return () => awareness.off('change', changed);
    },
    snapshot: () => peers,
  };
}

/**
 * Who else has a shared document open, from the provider's awareness, while telling them who this
 * user is and where (`place`: the section or field they are in). Without an awareness (a document
 * that is not shared) there is nobody else.
 */
export function usePresence(awareness: AwarenessLike | null, user: PresenceUser, place: string | null = null): readonly Peer[] {
  const store = useMemo(() => peersStore(awareness), [awareness]);
  useEffect(() => {
    awareness?.setLocalStateField('user', { name: user.name, colour: user.colour });
  }, [awareness, user.name, user.colour]);
  useEffect(() => {
    awareness?.setLocalStateField('place', place);
  }, [awareness, place]);
  return useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
}

/**
 * A colour for a person that stays theirs from visit to visit (from their name), dark enough to
 * mark a light page and light enough for a dark one.
 */
export function colourOf(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#bcbd22', '#17becf', '#ff7f0e'] as const;
