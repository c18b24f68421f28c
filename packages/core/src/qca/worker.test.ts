import { describe, expect, it, vi } from 'vitest';
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
    expect(log).toEqual(['run 1', 'run 2', 'terminate', 'run 2']);
    expect(onProgress).not.toHaveBeenCalled();
    client.dispose();
  });
});
