import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Binding } from './json-doc';
import { applyGuardedUpdate } from './json-doc';

export interface LocalSharingOptions {
  /**
   * Where the documents lie and how they are checked (`journeyBindings`, say): an update from
   * another tab that would make one unreadable is left out and reported. Without them every update applies.
   */
  bindings?: readonly Binding[];
  /** Keep the document in this browser's IndexedDB (`y-indexeddb`), so it survives reloads. Default true where IndexedDB exists. */
  persist?: boolean;
  /** Called with why an update from another tab was refused. */
  onRefused?: (error: Error) => void;
  /** Called when an update from another tab is taken in after one was refused: the tabs read alike again. */
  onAccepted?: () => void;
}

export interface LocalSharing {
  /** Settles once the stored document is loaded (at once without persistence), or when destroyed first. */
  whenLoaded: Promise<void>;
  /** Stops keeping the document in step and in storage; what is stored stays. */
  destroy: () => Promise<void>;
}

/**
 * Keeps a Y.Doc in step with the same document in the browser's other tabs, and in IndexedDB: the
 * sharing a host gets without a server. Tabs speak Yjs' own sync protocol (`y-protocols`) over a
 * BroadcastChannel named after the document: a tab that opens asks the others for what it lacks,
 * and every change is sent to all of them as it is made.
 */
export function shareLocally(doc: Y.Doc, name: string, options: LocalSharingOptions = {}): LocalSharing {
  const persist = options.persist ?? typeof indexedDB !== 'undefined';
  const persistence = persist ? new IndexeddbPersistence(name, doc) : null;
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`wayfinder:${name}`);
  const origin = { localSharing: name };
  let open = true;
  const send = (write: (encoder: encoding.Encoder) => void) => {
    if (!open || !channel) return;
    const encoder = encoding.createEncoder();
    write(encoder);
    channel.postMessage(encoding.toUint8Array(encoder));
  };
  const apply = (update: Uint8Array) => {
    // A tab with nothing yet answers with an empty update: nothing to check or apply.
    const { structs, ds } = Y.decodeUpdate(update);
    if (structs.length === 0 && ds.clients.size === 0) return;
    if (!options.bindings) {
      Y.applyUpdate(doc, update, origin);
      return;
    }
    const checked = applyGuardedUpdate(doc, update, options.bindings, origin);
    if (checked.ok) {
      if (refused) options.onAccepted?.();
      refused = false;
      return;
    }
    if (checked.error.code !== 'shared/pending') {
      refused = true;
      options.onRefused?.(checked.error);
      return;
    }
    // It builds on an update not here (not arrived yet, or refused): the other tabs are asked for
    // everything this one lacks, once until an answer comes, and the answer is checked whole.
    if (!asking) {
      asking = true;
      send((encoder) => sync.writeSyncStep1(encoder, doc));
    }
  };
  let asking = false;
  let refused = false;
  const receive = (event: MessageEvent) => {
    if (!(event.data instanceof Uint8Array)) return;
    try {
      const decoder = decoding.createDecoder(event.data);
      const type = decoding.readVarUint(decoder);
      if (type === sync.messageYjsSyncStep1) send((encoder) => sync.writeSyncStep2(encoder, doc, decoding.readVarUint8Array(decoder)));
      else if (type === sync.messageYjsSyncStep2) {
        asking = false;
        apply(decoding.readVarUint8Array(decoder));
      } else if (type === sync.messageYjsUpdate) apply(decoding.readVarUint8Array(decoder));
    } catch (error) {
      refused = true;
      options.onRefused?.(error instanceof Error ? error : new Error(String(error)));
    }
  };
  const onUpdate = (update: Uint8Array, from: unknown) => {
    if (from !== origin) send((encoder) => sync.writeUpdate(encoder, update));
  };
  channel?.addEventListener('message', receive);
  doc.on('update', onUpdate);
  let stopped: () => void = () => {};
  const destroyed = new Promise<void>((resolve) => {
    stopped = resolve;
  });
  const loaded = persistence ? persistence.whenSynced.then(() => undefined) : Promise.resolve();
  const whenLoaded = Promise.race([loaded, destroyed]).then(() => {
    // Once loaded: ask the other tabs for what this one lacks, and give them what it has.
    send((encoder) => sync.writeSyncStep1(encoder, doc));
    send((encoder) => sync.writeSyncStep2(encoder, doc, new Uint8Array([0])));
  });
  return {
    whenLoaded,
    destroy: async () => {
      open = false;
      stopped();
      doc.off('update', onUpdate);
      channel?.removeEventListener('message', receive);
      channel?.close();
      await persistence?.destroy();
    },
  };
}
