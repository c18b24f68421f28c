import { Server } from '@hocuspocus/server';
import type { Binding } from '@wayfinder/core/shared';
import { checkUpdate } from '@wayfinder/core/shared';
import * as Y from 'yjs';
import { FileStore } from './file-store';
import { messageRateLimit } from './rate-limit';
import { tokenRefusal } from './token';

/**
 * Why a document's connection was closed, as its client reads it (Hocuspocus sends an error's
 * `reason` with the close; the provider's close event carries it): a client can then say so
 * instead of trying again blindly.
 */
export const DOCUMENT_TOO_LARGE = 'document-too-large';
export const TOO_MANY_MESSAGES = 'too-many-messages';
export const INVALID_DOCUMENT = 'invalid-document';

/** The WebSocket close code of a refusal (4000–4999 are the application's). */
const REFUSED = 4000;

export interface CollabServerOptions {
  /** Loopback port; 0 picks a free one. */
  port: number;
  /** Where documents are kept, one file each. */
  dir: string;
  /** The host's secret that signs tokens (`signToken`). */
  secret: string;
  /** Largest message a client may send, in bytes (default 1 MiB): larger ones close the connection. */
  maxMessageBytes?: number;
  /** Largest stored state a document may grow to, in bytes (default 16 MiB): an update past it is refused. */
  maxDocumentBytes?: number;
  /**
   * Messages a connection may send a second, on average (default 50; typing sends one a keystroke,
   * at most): a burst of twice that passes; past it the connection is closed, and the client
   * connects again after its back-off and sends what it has in one message.
   */
  maxMessagesPerSecond?: number;
  /**
   * The documents every update must keep readable (the kit's bindings, such as `journeyBindings`
   * and `codingBinding`): an update that would break one is refused before it is applied, so no
   * client can store a document the others cannot read. Without them every readable update is taken.
   */
  bindings?: readonly Binding[];
  /** Where refusals are told (default: standard error). */
  log?: (line: string) => void;
}

/**
 * The reference server for shared documents: Hocuspocus, each document kept as a file, a signed
 * token required for every document (the token names the documents its user may open), and limits
 * on message size, message rate and document size. Refusals are logged with what was refused and why.
 */
// Names come from clients, and go into the log as JSON strings: a name cannot start a line of its own.
export async function startCollabServer(options: CollabServerOptions): Promise<Server> {
  const store = new FileStore(options.dir);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const maxDocumentBytes = options.maxDocumentBytes ?? 16 * 1024 * 1024;
  const maxMessagesPerSecond = options.maxMessagesPerSecond ?? 50;
  const withinRate = messageRateLimit(maxMessagesPerSecond);
  const logRefusal = (documentName: string, why: string) => log(`refused: ${JSON.stringify(documentName)}: ${why}`);
  /**
   * Refuses what a connection sent, saying why in the log: its socket is closed with the reason, so
   * the client hears it and connects again after its short back-off (closing only the document's
   * connection would leave the client waiting on a silent socket until its own timeout), and the
   * error returned stops the message.
   */
  const refuse = (connection: { webSocket: { close: (code?: number, reason?: string) => void } }, documentName: string, reason: string, why: string): Error => {
    logRefusal(documentName, why);
    connection.webSocket.close(REFUSED, reason);
    return Object.assign(new Error(reason), { reason });
  };
  const server = new Server({
    port: options.port,
    address: '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    debounce: 200,
    maxDebounce: 2000,
    websocketOptions: { maxPayload: options.maxMessageBytes ?? 1024 * 1024 },
    async onAuthenticate({ token, documentName }) {
      const refusal = tokenRefusal(options.secret, token, documentName);
      if (refusal) {
        logRefusal(documentName, refusal);
        throw new Error(refusal);
      }
    },
    async onLoadDocument({ document, documentName }) {
      const state = await store.load(documentName);
      if (state) Y.applyUpdate(document, state);
      return document;
    },
    async beforeHandleMessage({ connection, documentName }) {
      if (!withinRate(connection)) throw refuse(connection, documentName, TOO_MANY_MESSAGES, `more than ${maxMessagesPerSecond} messages a second from one connection`);
    },
    // Only changes can make a document too large or unreadable: awareness and questions pass untouched.
    async beforeSync({ type, payload, connection, document, documentName }) {
      // SyncStep2 and Update carry changes; SyncStep1 only asks.
      if (type === 0) return;
      if (payload.byteLength + Y.encodeStateAsUpdate(document).byteLength > maxDocumentBytes) throw refuse(connection, documentName, DOCUMENT_TOO_LARGE, `an update would take the document past ${maxDocumentBytes} bytes`);
      if (!options.bindings) return;
      const checked = checkUpdate(document, payload, options.bindings);
      if (!checked.ok) throw refuse(connection, documentName, INVALID_DOCUMENT, checked.error.message);
    },
    async onStoreDocument({ document, documentName }) {
      await store.store(documentName, Y.encodeStateAsUpdate(document));
    },
  });
  await server.listen();
  return server;
}
