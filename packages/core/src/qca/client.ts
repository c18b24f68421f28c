import type { Issue } from '../errors';
import { WayfinderError } from '../errors';
import type { QcaData } from './data';
import type { AnalysisStep, ReferenceRequest } from './reference';
import type { TruthTable, TruthTableOptions } from './truth-table';
import type { VariantOutcome, VariantsRequest } from './robustness';
import type { SuperSubsetOptions, SuperSubsetResult } from './necessity';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';
import { readWorkerResponse } from './worker-protocol';

/** What the client needs of a worker: the DOM `Worker`, or Node's `worker_threads` wrapped alike. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
}

export interface RunOptions {
  /** Each step as it starts; for variants, with how many of how many are done. */
  onProgress?: (step: AnalysisStep, share?: { done: number; total: number }) => void;
  /** Aborting stops the computation at once: the worker is terminated and a fresh one serves the next run. */
  signal?: AbortSignal;
  /** Models come compact (`CompactSolution` of `@wayfinder/core/qca/compact-result`): what a page needs, a fraction of the size to copy in. */
  compactModels?: boolean;
}

export interface QcaClientOptions {
  /**
   * How long a worker may stay silent after a run is handed to it before the run fails with
   * `qca/worker-silent` (a worker that never loaded, or died without a word). Once the worker has
   * said it started, the run takes as long as its work budget allows. Default 60 s.
   */
  startTimeoutMs?: number;
}

export interface QcaClient {
  run(request: ReferenceRequest, options?: RunOptions): Promise<Record<string, unknown>>;
  /** A truth table built in the worker: for data too large to build on the page without freezing it. */
  table(data: QcaData, options: TruthTableOptions, runOptions?: RunOptions): Promise<TruthTable>;
  /** Variants of an analysis (other cuts, anchors, 0.5 memberships nudged), each minimized: a robustness sweep. */
  variants(request: VariantsRequest, runOptions?: RunOptions): Promise<VariantOutcome[]>;
  /** Necessary conjunctions and disjunctions of a table (QCA's superSubset), searched within its work budget. */
  superSubset(table: TruthTable, options: SuperSubsetOptions, runOptions?: RunOptions): Promise<SuperSubsetResult>;
  dispose(): void;
}

/** An error raised inside the worker (or by a worker that failed), rebuilt on this side with its code and located issues. */
export class QcaWorkerError extends WayfinderError {
  override readonly name = 'QcaWorkerError';
  constructor(code: string, message: string, issues: readonly Issue[]) {
    super(code, message, issues);
  }
}

const abortError = () => new DOMException('The analysis was cancelled.', 'AbortError');

type Job = { type: 'run'; request: ReferenceRequest; compactModels?: boolean } | { type: 'table'; data: QcaData; options: TruthTableOptions } | { type: 'variants'; request: VariantsRequest } | { type: 'superSubset'; table: TruthTable; options: SuperSubsetOptions };

interface Run {
  id: number;
  job: Job;
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: unknown) => void;
  onProgress: RunOptions['onProgress'];
}

/**
 * Runs analyses (and truth tables too large for the page) in a worker, one at a time and in order, with progress and cancellation. A long
 * minimization cannot be interrupted from inside, so cancelling terminates the worker rather than
 * waiting for it. Every run settles: with its result, its error, an abort, or a clear error when
 * the worker fails, falls silent or answers with something unreadable.
 */
export function createQcaClient(spawn: () => WorkerLike, { startTimeoutMs = 60_000 }: QcaClientOptions = {}): QcaClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const queue: Run[] = [];
  let current: Run | null = null;
  let silence: ReturnType<typeof setTimeout> | undefined;

  /** Ends the current run and hands the next one to the worker; a worker that misbehaved is replaced first. */
  const settle = (outcome: { value: Record<string, unknown> } | { error: unknown }, replaceWorker = false) => {
    clearTimeout(silence);
    const run = current;
    current = null;
    if (replaceWorker) {
      worker?.terminate();
      worker = null;
    }
    if (run) {
      if ('value' in outcome) run.resolve(outcome.value);
      else run.reject(outcome.error);
    }
    pump();
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const created = spawn();
    created.addEventListener('message', ({ data }) => {
      if (created !== worker || !current) return;
      const response = readWorkerResponse(data);
      if (!response) {
        settle({ error: new QcaWorkerError('qca/worker', 'The analysis worker sent a reply this page cannot read.', []) }, true);
        return;
      }
      if (response.id !== current.id) return;
      clearTimeout(silence);
      handle(response);
    });
    created.addEventListener('error', (event) => {
      if (created !== worker) return;
      settle({ error: new QcaWorkerError('qca/worker', `The analysis worker failed: ${event.message ?? 'unknown error'}`, []) }, true);
    });
    worker = created;
    return created;
  };

  const handle = (response: WorkerResponse) => {
    if (response.type === 'accepted') return;
    if (response.type === 'progress') current?.onProgress?.(response.step, response.done !== undefined && response.total !== undefined ? { done: response.done, total: response.total } : undefined);
    else if (response.type === 'result') settle({ value: response.result });
    else settle({ error: new QcaWorkerError(response.error.code, response.error.message, response.error.issues) });
  };

  const pump = () => {
    if (current) return;
    const run = queue.shift();
    if (!run) return;
    current = run;
    try {
      ensureWorker().postMessage({ ...run.job, id: run.id });
    } catch (error) {
      // A worker that cannot be made (a blocked script) or cannot take the request ends this run, not the client.
      settle({ error: new QcaWorkerError('qca/worker', `The analysis worker could not start: ${error instanceof Error ? error.message : String(error)}`, []) }, true);
      return;
    }
    silence = setTimeout(() => {
      const seconds = Math.round(startTimeoutMs / 1000);
      settle({ error: new QcaWorkerError('qca/worker-silent', `The analysis worker did not answer within ${seconds} s; it may have failed to load.`, []) }, true);
    }, startTimeoutMs);
  };

  const submit = (job: Job, options: RunOptions) => {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    const id = nextId;
    nextId += 1;
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      const run: Run = { id, job, resolve, reject, onProgress };
      signal?.addEventListener(
        'abort',
        () => {
          if (current === run) {
            // The worker is busy with this very run: replace it; the runs waiting go to a fresh one.
            settle({ error: abortError() }, true);
          } else if (queue.includes(run)) {
            queue.splice(queue.indexOf(run), 1);
            reject(abortError());
          }
        },
        { once: true },
      );
      queue.push(run);
      pump();
    });
  };

  return {
    run: (request, options = {}) => submit({ type: 'run', request, ...(options.compactModels ? { compactModels: true } : {}) }, options),
    table: (data, options, runOptions = {}) => submit({ type: 'table', data, options }, runOptions) as unknown as Promise<TruthTable>,
    superSubset: (table, options, runOptions = {}) => submit({ type: 'superSubset', table, options }, runOptions) as unknown as Promise<SuperSubsetResult>,
    variants: async (request, runOptions = {}) => ((await submit({ type: 'variants', request }, runOptions)) as { outcomes: VariantOutcome[] }).outcomes,
    dispose() {
      clearTimeout(silence);
      worker?.terminate();
      worker = null;
      const runs = [...(current ? [current] : []), ...queue.splice(0)];
      current = null;
      for (const run of runs) run.reject(abortError());
    },
  };
}
