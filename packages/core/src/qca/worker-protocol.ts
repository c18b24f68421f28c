import type { Issue } from '../errors';
import { isWayfinderError } from '../errors';
import type { AnalysisStep, ReferenceRequest } from './reference';
import { runReferenceRequest } from './reference';

/** Messages between a page and the analysis worker. */
export type WorkerRequest = { type: 'run'; id: number; request: ReferenceRequest };

export interface SerializedError {
  name: string;
  code: string;
  message: string;
  issues: readonly Issue[];
}

export type WorkerResponse =
  | { type: 'progress'; id: number; step: AnalysisStep }
  | { type: 'result'; id: number; result: Record<string, unknown> }
  | { type: 'error'; id: number; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (isWayfinderError(error)) return { name: error.name, code: error.code, message: error.message, issues: error.issues };
  const message = error instanceof Error ? error.message : String(error);
  return { name: 'Error', code: 'qca/internal', message, issues: [] };
}

/** The worker's whole job, kept apart from the worker global so it runs in tests and in Node. */
export function handleWorkerMessage(message: WorkerRequest, post: (response: WorkerResponse) => void): void {
  if (message?.type !== 'run') return;
  const { id } = message;
  try {
    const result = runReferenceRequest(message.request, { onProgress: (step) => post({ type: 'progress', id, step }) });
    post({ type: 'result', id, result });
  } catch (error) {
    post({ type: 'error', id, error: serializeError(error) });
  }
}
