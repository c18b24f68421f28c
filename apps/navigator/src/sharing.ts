import type { Result } from '@wayfinder/core/errors';
import { WayfinderError } from '@wayfinder/core/errors';
import { formatMessage } from '@wayfinder/core/messages';
import type { EquityMatrix } from '@wayfinder/core/logics/matrix';
import type { TripTicketDraft } from '@wayfinder/core/navigator';
import type { AwarenessLike, PresenceUser } from '@wayfinder/react/presence';
import { createContext, useContext } from 'react';
import * as z from 'zod/mini';
import type { StoredDocument } from './stored-document';
import type { Workspace } from './workspace';
import { appMessages } from './messages';

/**
 * How this person shares the journey with their team, kept on this device only (never in the
 * settings file a host hands out: it holds a personal token). With no server, the journey is
 * shared between this browser's tabs.
 */
export const sharingSchema = z.strictObject({
  /** The name the others see. */
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  /** A Hocuspocus or y-websocket server (`wss://…`), or '' for this browser's tabs only. */
  server: z.string().check(z.maxLength(2000), z.refine((url) => url === '' || /^wss?:\/\/[^\s]+$/.test(url))),
  /** The document's name on the server, as the team's token names it (`team-a/journey`). */
  document: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** The token the host gave this person, sent to the server when connecting. */
  token: z.string().check(z.maxLength(4000)),
  /** Sharing now; when stopped, the rest is kept, so sharing again needs no token looked for again. */
  on: z.boolean(),
});

export type Sharing = z.infer<typeof sharingSchema>;

/** Stored sharing, checked whole: a copy that fails is refused (and the journey stays this browser's own). */
export function readSharing(value: unknown): Result<Sharing | null> {
  if (value === null) return { ok: true, value: null };
  const parsed = sharingSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '-'))].join(', ');
  const values = { fields };
  return { ok: false, error: new WayfinderError('navigator/sharing', formatMessage(appMessages['sharing.unreadable'], values), [], { key: 'sharing.unreadable', values }) };
}

/** Where a shared journey stands, as the page tells it. */
export interface SharingStatus {
  /** The team's copy has arrived from the server at least once since the work opened (always, without a server). */
  synced: boolean;
  /** `local`: this browser's tabs only; otherwise the connection to the server. */
  connection: 'local' | 'connecting' | 'connected' | 'disconnected';
  /** Changes made here that the server has not yet confirmed. */
  unsent: boolean;
  /** The server would not open the team's work for this person (a token for another team's, say). */
  authRefused: boolean;
  /** Why something that arrived was kept out of the team's work (it would make a document unreadable), or null. */
  refusal: Error | null;
  /** The server refused a change of this person's as too large: it stays here, unsent, until undone. */
  tooLarge: boolean;
}

/** The parts of the team's work, each with its own undo: the journey, the trip ticket being written, the coding, the matrix. */
export type SharedPart = 'journey' | 'draft' | 'coding' | 'matrix';

export interface History {
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

/** What the pages need of work shared with the team; null while it is this browser's own. */
export interface TeamSharing {
  sharing: Sharing;
  status: SharingStatus;
  user: PresenceUser;
  awareness: AwarenessLike | null;
  /** The trip ticket the team is writing together, or null for none. */
  draft: TripTicketDraft | null;
  setDraft: (draft: TripTicketDraft | null) => void;
  /** This person's own edits of each document, to undo and redo: never someone else's. */
  history: Record<SharedPart, History>;
}

/** The team's documents: the workspace's, and the equity-logic matrix (read by its own page when not shared). */
export interface SharedDocuments extends Workspace {
  matrix: StoredDocument<EquityMatrix>;
}

/** What the shared workspace gives the pages: its documents, and the sharing's state and people. */
export interface SharedWork {
  documents: SharedDocuments;
  team: TeamSharing;
}

export const SharingContext = createContext<TeamSharing | null>(null);

export const useTeamSharing = () => useContext(SharingContext);
