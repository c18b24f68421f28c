import type { AwarenessLike } from '@wayfinder/react/presence';

/** An awareness with no network behind it, for stories and tests: others come and go by `set` and `remove`. */
export function fakeAwareness(clientID = 1) {
  const states = new Map<number, Record<string, unknown>>([[clientID, {}]]);
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  const awareness: AwarenessLike & { set: (id: number, state: Record<string, unknown>) => void; remove: (id: number) => void } = {
    clientID,
    getStates: () => states,
    setLocalStateField: (field, value) => {
      states.set(clientID, { ...states.get(clientID), [field]: value });
      changed();
    },
    on: (_event, listener) => listeners.add(listener),
    off: (_event, listener) => listeners.delete(listener),
    set: (id, state) => {
      states.set(id, state);
      changed();
    },
    remove: (id) => {
      states.delete(id);
      changed();
    },
  };
  return awareness;
}
