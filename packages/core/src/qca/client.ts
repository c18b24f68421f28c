import type { Issue } from '../errors';
import { WayfinderError } from '../errors';
import type { AnalysisStep, ReferenceRequest } from './reference';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/** What the client needs of a worker: the DOM `Worker`, or Node's `worker_threads` wrapped alike. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerResponse }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
}

export interface RunOptions {
  onProgress?: (step: AnalysisStep) => void;
  /** Aborting stops the computation at once: the worker is terminated and a fresh one serves the next run. */
  signal?: AbortSignal;
}

export interface QcaClient {
  run(request: ReferenceRequest, options?: RunOptions): Promise<Record<string, unknown>>;
  dispose(): void;
}

/** An error raised inside the worker, rebuilt on this side with its code and located issues. */
export class QcaWorkerError extends WayfinderError {
  override readonly name = 'QcaWorkerError';
  constructor(code: string, message: string, issues: readonly Issue[]) {
    super(code, message, issues);
  }
}

const abortError = () => new DOMException('The analysis was cancelled.', 'AbortError');

/**
 * Runs analyses in a worker, one at a time, with progress and cancellation. A long minimization
 * cannot be interrupted from inside, so cancelling terminates the worker rather than waiting for it.
 */
export function createQcaClient(spawn: () => WorkerLike): QcaClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  interface Pending {
    request: ReferenceRequest;
    resolve: (value: Record<string, unknown>) => void;
    reject: (error: unknown) => void;
    onProgress?: RunOptions['onProgress'];
  }
  const pending = new Map<number, Pending>();

  const failAll = (error: unknown) => {
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const created = spawn();
    created.addEventListener('message', ({ data }) => {
      const entry = pending.get(data.id);
      if (!entry) return;
      if (data.type === 'progress') entry.onProgress?.(data.step);
      else if (data.type === 'result') {
        pending.delete(data.id);
        entry.resolve(data.result);
      } else {
        pending.delete(data.id);
        entry.reject(new QcaWorkerError(data.error.code, data.error.message, data.error.issues));
      }
    });
    created.addEventListener('error', (event) => {
      worker = null;
      created.terminate();
      failAll(new QcaWorkerError('qca/worker', `The analysis worker failed: ${event.message ?? 'unknown error'}`, []));
    });
    worker = created;
    return created;
  };

  return {
    run(request, options = {}) {
      const { signal, onProgress } = options;
      if (signal?.aborted) return Promise.reject(abortError());
      const id = nextId;
      nextId += 1;
      return new Promise((resolve, reject) => {
        pending.set(id, { request, resolve, reject, ...(onProgress ? { onProgress } : {}) });
        signal?.addEventListener(
          'abort',
          () => {
            const entry = pending.get(id);
            if (!entry) return;
            pending.delete(id);
            entry.reject(abortError());
            // The worker may be busy with this very run: replace it and hand it the runs still waiting.
            worker?.terminate();
            worker = null;
            if (pending.size > 0) {
              const fresh = ensureWorker();
              for (const [waitingId, waiting] of pending) fresh.postMessage({ type: 'run', id: waitingId, request: waiting.request });
            }
          },
          { once: true },
        );
        ensureWorker().postMessage({ type: 'run', id, request });
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      failAll(abortError());
    },
  };
}
