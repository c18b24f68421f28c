// Loaded only once a person shares the journey: Yjs, the provider and IndexedDB sync stay out of the app for everyone else.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Journey, TripTicketDraft } from '@wayfinder/core/navigator';
import { blankTripTicket, emptyJourney } from '@wayfinder/core/navigator';
import { guardedCopy, readJson } from '@wayfinder/core/shared';
import { journeyBinding, journeyBindings, journeyShape, tripTicketDraftBinding } from '@wayfinder/core/shared/journey';
import { shareLocally } from '@wayfinder/core/shared/local';
import { colourOf } from '@wayfinder/react/presence';
import { useSharedDocument } from '@wayfinder/react/shared-document';
import type { ReactNode } from 'react';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import type { SharedJourney, Sharing, SharingStatus } from './sharing';
import { SharedJourneyContext } from './sharing';
import type { StoredDocument } from './stored-document';

interface SessionStatus extends SharingStatus {
  /** What this browser keeps of the document is loaded. */
  loaded: boolean;
  /** The server's copy has arrived (always true without a server). */
  synced: boolean;
}

interface Session {
  doc: Y.Doc;
  awareness: HocuspocusProvider['awareness'];
  subscribe: (listener: () => void) => () => void;
  status: () => SessionStatus;
  destroy: () => void;
}

/**
 * The journey's Y.Doc kept in this browser (IndexedDB, the other tabs) and, with a server, joined
 * to it through a guarded copy: what arrives is taken in only while the journey still reads.
 */
function openSession(sharing: Sharing): Session {
  const doc = new Y.Doc();
  let status: SessionStatus = { loaded: false, synced: sharing.server === '', connection: sharing.server ? 'connecting' : 'local', unsent: false, authRefused: null, refusal: null };
  const listeners = new Set<() => void>();
  const set = (next: Partial<SessionStatus>) => {
    status = { ...status, ...next };
    listeners.forEach((listener) => listener());
  };
  const refused = (refusal: Error) => set({ refusal });
  const local = shareLocally(doc, `wayfinder-journey:${sharing.server}|${sharing.document}`, { bindings: journeyBindings, onRefused: refused });
  void local.whenLoaded.then(() => set({ loaded: true }));
  let socket: HocuspocusProviderWebsocket | null = null;
  let provider: HocuspocusProvider | null = null;
  let copy: ReturnType<typeof guardedCopy> | null = null;
  if (sharing.server) {
    copy = guardedCopy(doc, journeyBindings, { onRefused: refused, onAccepted: () => set({ refusal: null }) });
    // Back within seconds of the server coming back: a team mid-meeting waits for nobody's backoff.
    socket = new HocuspocusProviderWebsocket({ url: sharing.server, maxDelay: 5000 });
    provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: sharing.document,
      document: copy.wire,
      token: sharing.token,
      // Trying again after losing the connection is still being without one, as the page says it.
      onStatus: ({ status: connection }) => set({ connection: connection === 'connecting' && status.connection !== 'connecting' ? 'disconnected' : connection }),
      onSynced: ({ state }) => state && set({ synced: true, authRefused: null }),
      onUnsyncedChanges: ({ number }) => set({ unsent: number > 0 }),
      onAuthenticationFailed: ({ reason }) => set({ authRefused: reason || 'permission denied' }),
    });
    // A provider given its own socket joins it only when attached.
    provider.attach();
  }
  return {
    doc,
    awareness: provider?.awareness ?? null,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    status: () => status,
    destroy: () => {
      provider?.destroy();
      socket?.destroy();
      copy?.destroy();
      void local.destroy().then(() => doc.destroy());
    },
  };
}

/** The answers of the journey's latest trip-ticket version, as the document holds it now, or a blank ticket. */
function answersOf(doc: Y.Doc): TripTicketDraft {
  const read = journeyBinding.check(readJson(doc.getMap(journeyBinding.root), journeyShape));
  const latest = read.ok ? read.value.tripTicket.at(-1) : undefined;
  if (!latest) return blankTripTicket(new Date().toISOString().slice(0, 10));
  const { id: _id, savedAt: _savedAt, ...answers } = latest;
  return answers;
}

export interface SharedJourneySourceProps {
  sharing: Sharing;
  /** This browser's own journey: what a shared journey nobody has written yet starts from (it stays as it is). */
  own: StoredDocument<Journey>;
  children: (journey: StoredDocument<Journey>) => ReactNode;
}

/** The journey shared with the team, as the pages read a stored one, with the sharing's state and people in context. */
export function SharedJourneySource({ sharing, own, children }: SharedJourneySourceProps) {
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    const opened = openSession(sharing);
    setSession(opened);
    return () => {
      opened.destroy();
      setSession(null);
    };
    // The person's name is told through presence: only where the journey lives opens it anew.
  }, [sharing.server, sharing.document, sharing.token]);
  if (!session) return <>{children({ status: 'loading' })}</>;
  return (
    <SessionJourney session={session} sharing={sharing} own={own}>
      {children}
    </SessionJourney>
  );
}

function SessionJourney({ session, sharing, own, children }: SharedJourneySourceProps & { session: Session }) {
  // This browser's own journey, or a new one when it cannot be read (it is kept as stored); none while it loads.
  const [fresh] = useState(emptyJourney);
  const seed = own.status === 'ready' ? own.value : own.status === 'unreadable' ? fresh : null;
  const journey = useSharedDocument(session.doc, journeyBinding);
  const draft = useSharedDocument(session.doc, tripTicketDraftBinding);
  const status = useSyncExternalStore(session.subscribe, session.status);
  const [writeError, setWriteError] = useState<Error | null>(null);
  const settled = status.loaded && status.synced;
  const empty = journey.value === undefined && journey.error === null;
  // A journey nobody has written yet gets this browser's own, once it is sure there is none: what
  // this browser kept is loaded and the server's copy has arrived.
  useEffect(() => {
    if (settled && empty && seed) journey.replace(seed);
  }, [settled, empty, seed]);
  // The draft's parts are made once, before anyone types: two people each making them at once
  // would each make their own, and only one person's would be kept, with what they typed into it.
  const noDraft = journey.value !== undefined && draft.value === undefined && draft.error === null;
  useEffect(() => {
    if (settled && noDraft) draft.replace(answersOf(session.doc));
  }, [settled, noDraft]);

  const { name, colour } = { name: sharing.name, colour: colourOf(sharing.name) };
  const shared = useMemo<SharedJourney>(
    () => ({
      sharing,
      status,
      user: { name, colour },
      awareness: session.awareness,
      draft: draft.value ?? null,
      // No draft is the latest version's answers, written over the draft rather than deleting it (see above).
      setDraft: (next) => void draft.change(next ?? answersOf(session.doc)),
    }),
    [sharing, status, name, colour, session, draft.value, draft.change],
  );

  let document: StoredDocument<Journey>;
  if (journey.value === undefined && journey.error) {
    const rawText = JSON.stringify(readJson(session.doc.getMap(journeyBinding.root), journeyShape), null, 2);
    document = { status: 'unreadable', error: journey.error, rawText, retry: () => undefined, startOver: () => journey.replace(seed ?? fresh) };
  } else if (journey.value === undefined) document = { status: 'loading' };
  else {
    const current = journey.value;
    document = {
      status: 'ready',
      value: current,
      set: (next) => {
        const wanted = typeof next === 'function' ? next(current) : next;
        const checked = journeyBinding.check(wanted);
        setWriteError(checked.ok ? null : checked.error);
        if (checked.ok) journey.change(next);
      },
      saveError: writeError ?? journey.error,
      recovered: false,
    };
  }
  return <SharedJourneyContext.Provider value={shared}>{children(document)}</SharedJourneyContext.Provider>;
}
