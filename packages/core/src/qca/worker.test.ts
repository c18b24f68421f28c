import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createTruthTable } from './truth-table';
import type { WorkerLike } from './client';
import { createQcaClient, QcaWorkerError } from './client';
import type { ReferenceRequest } from './reference';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';
import { handleWorkerMessage } from './worker-protocol';

const request: ReferenceRequest = {
  data: [
    { case: 'a', A: 1, B: 0, Y: 1 },
    { case: 'b', A: 1, B: 1, Y: 1 },
    { case: 'c', A: 0, B: 1, Y: 0 },
    { case: 'd', A: 0, B: 0, Y: 0 },
  ],
  outcome: 'Y',
};

/** Runs the real message handler, asynchronously, as a worker thread would. */
function fakeWorker(log: string[]): WorkerLike {
  const listeners: Array<(event: { data: WorkerResponse }) => void> = [];
  let alive = true;
  return {
    postMessage(message: WorkerRequest) {
      log.push(`run ${message.id}`);
      setTimeout(() => {
        if (alive) handleWorkerMessage(message, (response) => listeners.forEach((listener) => listener({ data: response })));
      }, 5);
    },
    terminate() {
      alive = false;
      log.push('terminate');
    },
    addEventListener(type: string, listener: (event: never) => void) {
      if (type === 'message') listeners.push(listener as (event: { data: WorkerResponse }) => void);
    },
  } as WorkerLike;
}

describe('analysis worker', () => {
  it('reports each step, then the result', () => {
    const posted: WorkerResponse[] = [];
    handleWorkerMessage({ type: 'run', id: 7, request }, (response) => posted.push(response));
    expect(posted.filter((r) => r.type === 'progress').map((r) => (r as { step: string }).step)).toEqual(['truth-table', 'minimize', 'necessity', 'done']);
    const last = posted.at(-1)!;
    if (last.type !== 'result') throw new Error(`expected a result, got ${last.type}`);
    const solutions = last.result.solutions as { conservative: { models: { expression: string }[] } };
    expect(solutions.conservative.models[0]!.expression).toBe('A');
  });

  it('builds a truth table alone, for data too large to build on the page', async () => {
    const client = createQcaClient(() => fakeWorker([]));
    const table = await client.table({ cases: ['a', 'b', 'c'], columns: { A: [1, 1, 0], Y: [1, 0, 0] } }, { outcome: 'Y', conditions: ['A'], inclCut: 0.5 });
    expect(table.observed.map((row) => [row.id, row.n, row.OUT])).toEqual([
      [1, 1, '0'],
      [2, 2, '1'],
    ]);
    client.dispose();
  });

  it('analyses variants of an analysis, telling how many are done after each', async () => {
    const client = createQcaClient(() => fakeWorker([]));
    const shares: string[] = [];
    const outcomes = await client.variants(
      { data: { cases: ['a', 'b', 'c', 'd'], columns: { A: [1, 1, 0, 0], B: [0, 1, 1, 0], Y: [0.9, 0.9, 0.7, 0.1] } }, calibrations: {}, table: { outcome: 'Y', conditions: ['A', 'B'] }, minimize: { solutions: ['conservative'] }, variants: [{ inclCut: 0.8 }, { inclCut: 0.6 }] },
      { onProgress: (_step, share) => share && shares.push(`${share.done}/${share.total}`) },
    );
    expect(shares).toEqual(['1/2', '2/2']);
    // At 0.8 only the rows with A are consistent enough; at 0.6 the row ~A*B is too.
    expect(outcomes).toEqual([
      { solutions: { conservative: { models: [['A']], capped: false } }, nudged: 0 },
      { solutions: { conservative: { models: [['A', 'B']], capped: false } }, nudged: 0 },
    ]);
    client.dispose();
  });

  it('searches necessary combinations (superSubset) in the worker, as R QCA lists them', async () => {
    const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../../tests/fixtures/qca/cases/${name}`, import.meta.url), 'utf8'));
    const lf = read('LF-surv.request.json') as { data: Record<string, number | string>[] };
    const expected = read('LF-surv.result.json').necessity.superSubset;
    const names = ['DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV'];
    const table = createTruthTable({ cases: lf.data.map((row) => String(row.case)), columns: Object.fromEntries(names.map((name) => [name, lf.data.map((row) => Number(row[name]))])) }, { outcome: 'SURV', conditions: names.slice(0, 5), inclCut: 0.8 });
    const client = createQcaClient(() => fakeWorker([]));
    const found = await client.superSubset(table, { inclCut: expected.incl_cut, covCut: expected.cov_cut });
    expect(found.complete).toBe(true);
    expect(found.terms.map((row) => row.term)).toEqual(expected.terms.map((row: { term: string }) => row.term));
    found.terms.forEach((row, index) => expect(row.inclN).toBeCloseTo(expected.terms[index].inclN, 10));
    client.dispose();
  });

  it('sends a typed error with its located issues back across the boundary', async () => {
    const client = createQcaClient(() => fakeWorker([]));
    const bad = { ...request, data: [{ case: 'a', A: 'high', Y: 1 }] } as unknown as ReferenceRequest;
    const error = await client.run(bad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QcaWorkerError);
    expect((error as QcaWorkerError).issues).toEqual([{ path: ['data', 0, 'A'], message: '"high" is not a number' }]);
  });

  it('cancels a run by replacing the worker, and the next runs still complete', async () => {
    const log: string[] = [];
    const client = createQcaClient(() => fakeWorker(log));
    const controller = new AbortController();
    const onProgress = vi.fn();
    const cancelled = client.run(request, { signal: controller.signal, onProgress });
    const waiting = client.run(request);
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    await expect(waiting).resolves.toHaveProperty('solutions');
    // Runs go to the worker one at a time: the waiting one goes to the fresh worker.
    expect(log).toEqual(['run 1', 'terminate', 'run 2']);
    expect(onProgress).not.toHaveBeenCalled();
    client.dispose();
  });
});

/** A worker that answers each run with whatever `reply` gives, or stays silent when it gives nothing. */
function scriptedWorker(reply: (id: number) => unknown[], log: string[] = []): WorkerLike {
  const listeners: Array<(event: { data: unknown }) => void> = [];
  return {
    postMessage(message: WorkerRequest) {
      log.push(`run ${message.id}`);
      queueMicrotask(() => reply(message.id).forEach((data) => listeners.forEach((listener) => listener({ data }))));
    },
    terminate() {
      log.push('terminate');
    },
    addEventListener(type: string, listener: (event: never) => void) {
      if (type === 'message') listeners.push(listener as (event: { data: unknown }) => void);
    },
  } as WorkerLike;
}

describe('analysis client against a misbehaving worker', () => {
  it('settles a run with a clear error when the worker answers with something unreadable, then carries on', async () => {
    const log: string[] = [];
    let calls = 0;
    const client = createQcaClient(() =>
      scriptedWorker((id) => (calls++ === 0 ? [{ type: 'error', id, error: null }] : [{ type: 'accepted', id }, { type: 'result', id, result: { ok: true } }]), log),
    );
    await expect(client.run(request)).rejects.toMatchObject({ name: 'QcaWorkerError', code: 'qca/worker' });
    await expect(client.run(request)).resolves.toEqual({ ok: true });
    expect(log).toEqual(['run 1', 'terminate', 'run 2']);
    client.dispose();
  });

  it('fails a run the worker never answers once the start limit passes, and replaces the worker', async () => {
    vi.useFakeTimers();
    try {
      const log: string[] = [];
      const client = createQcaClient(() => scriptedWorker(() => [], log), { startTimeoutMs: 5000 });
      const run = client.run(request);
      const settled = expect(run).rejects.toMatchObject({ code: 'qca/worker-silent', message: expect.stringContaining('did not answer within 5 s') });
      await vi.advanceTimersByTimeAsync(5000);
      await settled;
      expect(log).toEqual(['run 1', 'terminate']);
      client.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  it('runs one analysis at a time, in order, and a run cancelled while waiting never reaches the worker', async () => {
    const log: string[] = [];
    const client = createQcaClient(() => scriptedWorker((id) => [{ type: 'accepted', id }, { type: 'result', id, result: { id } }], log));
    const waiting = new AbortController();
    const first = client.run(request);
    const cancelled = client.run(request, { signal: waiting.signal });
    const third = client.run(request);
    waiting.abort();
    await expect(first).resolves.toEqual({ id: 1 });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    await expect(third).resolves.toEqual({ id: 3 });
    expect(log).toEqual(['run 1', 'run 3']);
    client.dispose();
  });
});
