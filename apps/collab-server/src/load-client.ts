import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** One simulated person: their own document, provider and websocket, as a browser tab would have. */
export interface LoadClient {
  name: string;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Settles once the first handshake with the server is done; rejects if the token is refused. */
  synced: Promise<void>;
  /** Times the connection dropped after it had been made. */
  disconnects: () => number;
  destroy: () => void;
}

export function connectClient(url: string, document: string, token: string, name: string): LoadClient {
  const doc = new Y.Doc();
  // maxDelay keeps a dropped client's retries quick. messageReconnectTimeout stays at its default:
  // a short one would have a busy load process tear down its own healthy sockets and count that
  // against the server.
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxDelay: 300 });
  let connected = false;
  let disconnects = 0;
  let ready: () => void = () => {};
  let refused: (error: Error) => void = () => {};
  const synced = new Promise<void>((resolve, reject) => {
    ready = resolve;
    refused = reject;
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: document,
    document: doc,
    token,
    onSynced: () => {
      connected = true;
      ready();
    },
    onAuthenticationFailed: ({ reason }) => refused(new Error(`${name}: the server refused the token: ${reason}`)),
    onDisconnect: () => {
      if (connected) disconnects += 1;
    },
  });
  // A provider given its own socket joins it only when attached.
  provider.attach();
  return {
    name,
    doc,
    provider,
    synced,
    disconnects: () => disconnects,
    destroy: () => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
