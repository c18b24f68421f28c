import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import * as Y from 'yjs';
import { connectClient, type LoadClient } from './load-client';
import { answerOf, type EditKind, makeEdit, recordsOf, seededRandom } from './load-edits';
import { cpuSeconds, Peak, percentile, residentBytes } from './load-measure';
import { differences, lostMarkers } from './load-verify';
import { Visibility } from './load-visibility';
import { signToken } from './token';

export interface LoadOptions {
  /** The server's websocket URL. */
  url: string;
  /** The secret the server checks tokens with. */
  secret: string;
  /** The one document every client edits (default `load/answer`). */
  document?: string;
  clients: number;
  /** How long the clients edit. */
  seconds: number;
  /** Pause before each of a client's edits, in ms, drawn evenly between the two (default 500–2000: a person typing a few words at a time). */
  intervalMs?: readonly [number, number];
  /** Seeds each client's choices (pauses, places, words); the interleaving still depends on timing. */
  seed?: number;
  /** Longest wait for the clients to connect, and again for the documents to agree after editing: it only ends a run that would hang (default 60). */
  waitSeconds?: number;
  /** The server's process id, to sample its memory and CPU; leave out when the server runs in this process. */
  serverPid?: number;
  /** Told what the run is doing, now and then. */
  progress?: (line: string) => void;
}

export interface LoadResult {
  clients: number;
  document: string;
  seed: number;
  /** The editing window as it happened, in seconds. */
  seconds: number;
  edits: { made: number; perSecond: number; byKind: Record<EditKind, number> };
  /**
   * From an edit being made to every other client's document showing it, in ms; null with no edit
   * timed. Taken in this process, so it includes how late this process handled the messages (see
   * `loadProcess.eventLoopDelayMs`).
   */
  latencyMs: { p50: number; p95: number; max: number; timed: number } | null;
  /** Edits some other client's document still did not show when the wait after editing ended. */
  undelivered: number;
  /** Whether, after editing, every change was acknowledged by the server and all clients had the same edits, within the wait. */
  settled: boolean;
  settleMs: number;
  /** Every client's document and a fresh copy fetched from the server after the run: same state vector and content. */
  identical: boolean;
  differences: string[];
  /** The server's copy at the end: its whole state encoded, the answer's length and the records. */
  finalDocument: { bytes: number; characters: number; records: number };
  /** Markers of edits missing (or doubled) in some document: edits lost. */
  lost: string[];
  /** Connections that dropped during the run. */
  disconnects: number;
  /** The server process, when its pid was given: RSS before any client joined and the peak sampled, and CPU seconds used while editing and settling. */
  server: { idleRssBytes: number | null; peakRssBytes: number | null; cpuSeconds: number | null } | null;
  /** This process, which runs every client: peaks sampled, CPU used while editing and settling, and how late its event loop ran (ms). */
  loadProcess: { peakRssBytes: number; peakHeapUsedBytes: number; cpuSeconds: number; eventLoopDelayMs: { p99: number; max: number } };
  /** No edit lost and every document the same. */
  ok: boolean;
}

/** Rejects when `promise` has not settled within `ms`, naming what took too long. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  const abort = new AbortController();
  const timeout = delay(ms, undefined, { signal: abort.signal }).then(() => {
    throw new Error(`${what} took longer than ${ms / 1000} s`);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    abort.abort();
    timeout.catch(() => {});
  }
}

/**
 * Resolves true once `done()` holds, checked again after each event that `subscribe` hooks it to,
 * or false at `ms`: waiting on the documents themselves rather than for a guessed time.
 */
function waitUntil(done: () => boolean, subscribe: (check: () => void) => () => void, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    let queued = false;
    let unsubscribe: () => void = () => {};
    const finish = (value: boolean) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(value);
    };
    const check = () => {
      // Bursts of updates are checked once, after the burst.
      if (queued) return;
      queued = true;
      setImmediate(() => {
        queued = false;
        if (done()) finish(true);
      });
    };
    const timer = setTimeout(() => finish(done()), ms);
    unsubscribe = subscribe(check);
    check();
  });
}

/** Same state vectors, and same content too: a deletion does not show in a state vector. */
const inStep = (clients: readonly LoadClient[]) => differences(clients.map(({ name, doc }) => ({ name, doc }))).length === 0;

/**
 * Runs `clients` simulated people against a running server, all editing one document for
 * `seconds`, and reports how fast each edit reached everyone, what it cost, and whether every
 * document ended the same with no edit lost.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const document = options.document ?? 'load/answer';
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const [shortest, longest] = options.intervalMs ?? [500, 2000];
  const waitMs = (options.waitSeconds ?? 60) * 1000;
  const progress = options.progress ?? (() => {});
  if (!Number.isInteger(options.clients) || options.clients < 2) throw new Error('a load run needs at least 2 clients');
  const expires = Date.now() / 1000 + options.seconds + 2 * (waitMs / 1000) + 3600;
  const token = (user: string) => signToken(options.secret, { user, documents: [document], expires });

  const serverRss = new Peak();
  const loadRss = new Peak();
  const loadHeap = new Peak();
  const sample = () => {
    if (options.serverPid !== undefined) serverRss.add(residentBytes(options.serverPid));
    const { rss, heapUsed } = process.memoryUsage();
    loadRss.add(rss);
    loadHeap.add(heapUsed);
  };
  // The first sample is the server before any client joined.
  sample();
  const sampler = setInterval(sample, 250);
  const loopResolutionMs = 10;
  const loopDelay = monitorEventLoopDelay({ resolution: loopResolutionMs });
  // The histogram counts the whole timer period; only what goes past it is lateness.
  const lateness = (nanoseconds: number) => Math.max(0, nanoseconds / 1e6 - loopResolutionMs);
  let ticker: NodeJS.Timeout | undefined;
  progress(`connecting ${options.clients} clients to ${options.url} (${document})`);
  const clients = Array.from({ length: options.clients }, (_, i) => connectClient(options.url, document, token(`client ${i}`), `client ${i}`));
  const opened: LoadClient[] = [...clients];
  const visibility = new Visibility(clients.map((client) => client.doc));
  try {
    await within(Promise.all(clients.map((client) => client.synced)), waitMs, `connecting ${options.clients} clients`);

    sample();
    loopDelay.enable();
    const serverCpuBefore = options.serverPid === undefined ? null : cpuSeconds(options.serverPid);
    const loadCpuBefore = process.cpuUsage();
    const typed: string[] = [];
    const records: string[] = [];
    const byKind: Record<EditKind, number> = { type: 0, record: 0, delete: 0 };
    progress(`editing for ${options.seconds} s, each client every ${shortest}–${longest} ms (seed ${seed})`);
    const started = performance.now();
    const stopAt = started + options.seconds * 1000;
    ticker = setInterval(() => progress(`${Math.round((performance.now() - started) / 1000)} s: ${typed.length + records.length + byKind.delete} edits, ${visibility.pending} not yet everywhere`), 10_000);
    const edit = async (client: LoadClient, author: number) => {
      const random = seededRandom(seed + author * 0x9e3779b9);
      for (let seq = 1; ; seq++) {
        const pause = shortest + random() * (longest - shortest);
        // The pauses are the simulated person thinking; the last one only runs out the window.
        if (performance.now() + pause >= stopAt) return void (await delay(Math.max(0, stopAt - performance.now())));
        await delay(pause);
        const madeAt = performance.now();
        const made = makeEdit(client.doc, author, seq, random);
        visibility.add(made, madeAt);
        byKind[made.kind] += 1;
        if (made.kind === 'type') typed.push(made.marker!);
        if (made.kind === 'record') records.push(made.marker!);
      }
    };
    await Promise.all(clients.map(edit));
    clearInterval(ticker);
    const editingMs = performance.now() - started;

    progress(`editing stopped; waiting for every change to be acknowledged and every document to have every edit`);
    const settleStarted = performance.now();
    const settled = await waitUntil(
      () => visibility.pending === 0 && clients.every((client) => !client.provider.hasUnsyncedChanges) && inStep(clients),
      (check) => {
        const stops = clients.flatMap(({ doc, provider }) => {
          doc.on('update', check);
          provider.on('unsyncedChanges', check);
          return [() => doc.off('update', check), () => provider.off('unsyncedChanges', check)];
        });
        stops.push(visibility.onComplete(check));
        return () => stops.forEach((stop) => stop());
      },
      waitMs,
    );
    const settleMs = performance.now() - settleStarted;
    loopDelay.disable();
    sample();
    const loadCpu = process.cpuUsage(loadCpuBefore);
    const serverCpuAfter = options.serverPid === undefined ? null : cpuSeconds(options.serverPid);
    const disconnects = clients.reduce((sum, client) => sum + client.disconnects(), 0);

    // A client that joins now gets the server's own copy, which must match what the others have.
    const serverCopy = connectClient(options.url, document, token('server copy'), 'server copy');
    opened.push(serverCopy);
    await within(serverCopy.synced, waitMs, "fetching the server's copy");
    const docs = [...clients, serverCopy].map(({ name, doc }) => ({ name, doc }));
    const found = differences(docs);
    const lost = [...new Set(docs.flatMap(({ doc }) => lostMarkers(doc, typed, records)))];

    const made = typed.length + records.length + byKind.delete;
    const latencies = visibility.latencies;
    return {
      clients: options.clients,
      document,
      seed,
      seconds: editingMs / 1000,
      edits: { made, perSecond: made / (editingMs / 1000), byKind },
      latencyMs: latencies.length === 0 ? null : { p50: percentile(latencies, 50)!, p95: percentile(latencies, 95)!, max: percentile(latencies, 100)!, timed: latencies.length },
      undelivered: visibility.pending,
      settled,
      settleMs,
      identical: found.length === 0,
      differences: found,
      finalDocument: { bytes: Y.encodeStateAsUpdate(serverCopy.doc).byteLength, characters: answerOf(serverCopy.doc).length, records: recordsOf(serverCopy.doc).length },
      lost,
      disconnects,
      server:
        options.serverPid === undefined
          ? null
          : { idleRssBytes: serverRss.first, peakRssBytes: serverRss.value, cpuSeconds: serverCpuBefore === null || serverCpuAfter === null ? null : serverCpuAfter - serverCpuBefore },
      loadProcess: {
        peakRssBytes: loadRss.value ?? 0,
        peakHeapUsedBytes: loadHeap.value ?? 0,
        cpuSeconds: (loadCpu.user + loadCpu.system) / 1e6,
        eventLoopDelayMs: { p99: lateness(loopDelay.percentile(99)), max: lateness(loopDelay.max) },
      },
      ok: found.length === 0 && lost.length === 0 && visibility.pending === 0,
    };
  } finally {
    clearInterval(sampler);
    clearInterval(ticker);
    loopDelay.disable();
    visibility.dispose();
    for (const client of opened) client.destroy();
  }
}
