// Loaded only once a person shares their work: Yjs, the provider and IndexedDB sync stay out of the app for everyone else.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { defaultScheme, emptyCoding } from '@wayfinder/core/logics';
import { importMatrix } from '@wayfinder/core/logics/import';
import type { EquityMatrix } from '@wayfinder/core/logics/matrix';
import { emptyMatrix } from '@wayfinder/core/logics/matrix';
import type { TripTicketDraft } from '@wayfinder/core/navigator';
import { blankTripTicket, emptyJourney, newId } from '@wayfinder/core/navigator';
import { guardedCopy, readJson } from '@wayfinder/core/shared';
import { journeyBinding, journeyBindings, journeyShape, tripTicketDraftBinding } from '@wayfinder/core/shared/journey';
import { codingBinding, matrixBinding } from '@wayfinder/core/shared/logics';
import { shareLocally } from '@wayfinder/core/shared/local';
import { colourOf } from '@wayfinder/react/presence';
import type { SharedBinding, SharedDocumentState } from '@wayfinder/react/shared-document';
import { useSharedDocument } from '@wayfinder/react/shared-document';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import type { History, SharedWork, Sharing, SharingStatus, TeamSharing } from './sharing';
import type { StoredDocument } from './stored-document';
import { useStoredDocument } from './stored-document';
import type { Workspace } from './workspace';

interface SessionStatus extends SharingStatus {
  /** What this browser keeps of the document is loaded. */
  loaded: boolean;
}

interface Session {
  doc: Y.Doc;
  /** Whether the server's copy holds anything under `root`, taken in here or not. */
  arrived: (root: string) => boolean;
  awareness: HocuspocusProvider['awareness'];
  subscribe: (listener: () => void) => () => void;
  status: () => SessionStatus;
  destroy: () => void;
}

/**
 * How a server says a change is too large: the reference server's reason for a document past its
 * size (apps/collab-server), and the WebSocket close code for a message past its limit.
 */
const TOO_LARGE = new Set(['document-too-large']);
const MESSAGE_TOO_BIG = 1009;

/** Every document of the team's workspace and its check: what arrives must keep each of them readable. */
const WORKSPACE_BINDINGS = [...journeyBindings, codingBinding, matrixBinding];

/**
 * The workspace's Y.Doc (the journey, its trip-ticket draft, the coding, the matrix) kept in this browser
 * (IndexedDB, the other tabs) and, with a server, joined to it through a guarded copy: what arrives
 * is taken in only while every document still reads.
 */
function openSession(sharing: Sharing): Session {
  const doc = new Y.Doc();
  let status: SessionStatus = { loaded: false, synced: sharing.server === '', connection: sharing.server ? 'connecting' : 'local', unsent: false, authRefused: false, refusal: null, tooLarge: false };
  const listeners = new Set<() => void>();
  const set = (next: Partial<SessionStatus>) => {
    // Told twice a keystroke ("unsent", then not): the pages hear only of a change.
    if (Object.entries(next).every(([key, value]) => status[key as keyof SessionStatus] === value)) return;
    status = { ...status, ...next };
    listeners.forEach((listener) => listener());
  };
  // What the other tabs and the server sent that was kept out, each until that side sends what reads.
  const refusals: Record<'tabs' | 'server', Error | null> = { tabs: null, server: null };
  const refused = (side: keyof typeof refusals) => (refusal: Error | null) => {
    refusals[side] = refusal;
    set({ refusal: refusals.tabs ?? refusals.server });
  };
  const local = shareLocally(doc, `wayfinder-workspace:${sharing.server}|${sharing.document}`, { bindings: WORKSPACE_BINDINGS, onRefused: refused('tabs'), onAccepted: () => refused('tabs')(null) });
  void local.whenLoaded.then(() => set({ loaded: true }));
  let socket: HocuspocusProviderWebsocket | null = null;
  let provider: HocuspocusProvider | null = null;
  let copy: ReturnType<typeof guardedCopy> | null = null;
  if (sharing.server) {
    copy = guardedCopy(doc, WORKSPACE_BINDINGS, { onRefused: refused('server'), onAccepted: () => refused('server')(null) });
    // Back within seconds of the server coming back: a team mid-meeting waits for nobody's backoff.
    socket = new HocuspocusProviderWebsocket({ url: sharing.server, maxDelay: 5000 });
    provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: sharing.document,
      document: copy.wire,
      token: sharing.token,
      // Trying again after losing the connection is still being without one, as the page says it.
      onStatus: ({ status: connection }) => set({ connection: connection === 'connecting' && status.connection !== 'connecting' ? 'disconnected' : connection }),
      onSynced: ({ state }) => state && set({ synced: true, authRefused: false }),
      // Everything sent and taken: a change refused before is no longer waiting.
      onUnsyncedChanges: ({ number }) => set(number > 0 ? { unsent: true } : { unsent: false, tooLarge: false }),
      onClose: ({ event }) => {
        if (TOO_LARGE.has(event.reason) || event.code === MESSAGE_TOO_BIG) set({ tooLarge: true });
      },
      // The server's own words are not shown: they may be in any language, or say anything.
      onAuthenticationFailed: () => set({ authRefused: true }),
    });
    // A provider given its own socket joins it only when attached.
    provider.attach();
  }
  return {
    doc,
    arrived: (root) => (copy ? copy.wire.getMap(root).size > 0 : false),
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
  // Each person an id, so two people's edits of the list meet person by person, not by position.
  return { ...answers, peoplePresent: answers.peoplePresent.map((person) => (person.id ? person : { ...person, id: newId() })) };
}

export interface SharedWorkspaceProps {
  sharing: Sharing;
  /** This browser's own documents: what a shared one nobody has written yet starts from (they stay as they are). */
  own: Workspace;
  /**
   * Called with the team's documents and the sharing's state whenever they change (null until the
   * session opens). The pages stay where they are in the tree, so turning sharing on or off never
   * remounts a page or drops the focus.
   */
  onChange: (shared: SharedWork | null) => void;
}

/** The team's journey, coding and matrix, shared, as the pages read stored ones; renders nothing itself. */
export function SharedWorkspace({ sharing, own, onChange }: SharedWorkspaceProps) {
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    const opened = openSession(sharing);
    setSession(opened);
    return () => {
      opened.destroy();
      setSession(null);
      onChange(null);
    };
    // The person's name is told through presence: only where the documents live opens them anew.
  }, [sharing.server, sharing.document, sharing.token]);
  return session && <SessionWorkspace session={session} sharing={sharing} own={own} onChange={onChange} />;
}

/**
 * One shared document as the pages read a stored one. A document nobody has written yet gets this
 * browser's own, as nobody's edit (undo never empties it), once it is sure there is none: what this
 * browser kept is loaded, the server's copy has arrived and holds nothing for it, nothing was kept
 * out, and it has not held one since it opened. One that cannot be read is kept, and offered for
 * download, until someone starts it over.
 */
function useSharedStored<T>(session: Session, binding: SharedBinding<T>, own: StoredDocument<T>, fresh: T, status: SessionStatus): { document: StoredDocument<T>; shared: SharedDocumentState<T> } {
  const shared = useSharedDocument(session.doc, binding);
  const [writeError, setWriteError] = useState<Error | null>(null);
  const seed = own.status === 'ready' ? own.value : own.status === 'unreadable' ? fresh : null;
  const held = useRef(false);
  if (shared.value !== undefined) held.current = true;
  const empty = shared.value === undefined && shared.error === null;
  const nothingElsewhere = status.loaded && status.synced && status.refusal === null && !session.arrived(binding.root);
  useEffect(() => {
    if (nothingElsewhere && empty && seed && !held.current) shared.fill(seed);
  }, [nothingElsewhere, empty, seed]);
  // The same object while nothing in it changes: it travels up to the page's parent in an effect.
  const document = useMemo<StoredDocument<T>>(() => {
    if (shared.value === undefined && shared.error) {
      const rawText = JSON.stringify(readJson(session.doc.getMap(binding.root), binding.shape), null, 2);
      return { status: 'unreadable', error: shared.error, rawText, retry: () => undefined, startOver: () => shared.replace(seed ?? fresh) };
    }
    if (shared.value === undefined) return { status: 'loading' };
    const current = shared.value;
    // The store checks what it writes; the check is made again only to say why it refused.
    const set = (next: T | ((previous: T) => T)) => {
      if (shared.change(next)) return setWriteError(null);
      const refused = binding.check(typeof next === 'function' ? (next as (previous: T) => T)(current) : next);
      setWriteError(refused.ok ? shared.error : refused.error);
    };
    return { status: 'ready', value: current, set, saveError: writeError ?? shared.error, recovered: false };
  }, [shared.value, shared.error, writeError, seed, fresh, session, binding.root]);
  return { shared, document };
}

/** A document's undo and redo, the same object while they stay the same. */
function useHistory({ undo, redo, canUndo, canRedo }: History): History {
  return useMemo(() => ({ undo, redo, canUndo, canRedo }), [undo, redo, canUndo, canRedo]);
}

function SessionWorkspace({ session, sharing, own, onChange }: SharedWorkspaceProps & { session: Session }) {
  const [freshJourney] = useState(emptyJourney);
  const [freshCoding] = useState(() => emptyCoding(defaultScheme));
  const status = useSyncExternalStore(session.subscribe, session.status);
  const journey = useSharedStored(session, journeyBinding, own.journey, freshJourney, status);
  const coding = useSharedStored(session, codingBinding, own.coding, freshCoding, status);
  // The matrix page reads this browser's own only when it is shown; sharing reads it to start a new team's.
  const ownMatrix = useStoredDocument<EquityMatrix>('matrix', emptyMatrix, importMatrix);
  const [freshMatrix] = useState(emptyMatrix);
  const matrix = useSharedStored(session, matrixBinding, ownMatrix, freshMatrix, status);
  const draft = useSharedDocument(session.doc, tripTicketDraftBinding);
  // The draft's parts are made once, before anyone types: two people each making them at once
  // would each make their own, and only one person's would be kept, with what they typed into it.
  const noDraft = journey.shared.value !== undefined && draft.value === undefined && draft.error === null;
  const draftElsewhere = session.arrived(tripTicketDraftBinding.root) || status.refusal !== null;
  useEffect(() => {
    if (status.loaded && status.synced && noDraft && !draftElsewhere) draft.fill(answersOf(session.doc));
  }, [status.loaded, status.synced, noDraft, draftElsewhere]);

  const colour = colourOf(sharing.name);
  const journeyHistory = useHistory(journey.shared);
  const codingHistory = useHistory(coding.shared);
  const matrixHistory = useHistory(matrix.shared);
  const draftHistory = useHistory(draft);
  const team = useMemo<TeamSharing>(
    () => ({
      sharing,
      status,
      user: { name: sharing.name, colour },
      awareness: session.awareness,
      draft: draft.value ?? null,
      // No draft is the latest version's answers, written over the draft rather than deleting it (see above).
      setDraft: (next) => void draft.change(next ?? answersOf(session.doc)),
      history: { journey: journeyHistory, draft: draftHistory, coding: codingHistory, matrix: matrixHistory },
    }),
    [sharing, status, colour, session, draft.value, draft.change, journeyHistory, draftHistory, codingHistory, matrixHistory],
  );
  // Before the browser paints and before the next keystroke: a form must never show less than the
  // document holds, or what is typed next would be written over what it does not show.
  useLayoutEffect(() => onChange({ documents: { journey: journey.document, coding: coding.document, matrix: matrix.document }, team }), [journey.document, coding.document, matrix.document, team]);
  return null;
}
