import type { Issue } from '../errors';
import { isWayfinderError } from '../errors';
import type { QcaData } from './data';
import type { AnalysisStep, ReferenceRequest } from './reference';
import { compactSolutions } from './compact-result';
import { runReferenceRequest } from './reference';
import type { TruthTable, TruthTableOptions } from './truth-table';
import type { SuperSubsetOptions } from './necessity';
import { superSubset } from './necessity';
import { createTruthTable } from './truth-table';
import type { VariantsRequest } from './robustness';
import { analyseVariants } from './robustness';

/** Messages between a page and the analysis worker: a whole analysis, a truth table alone, or variants of an analysis (a robustness sweep). */
export type WorkerRequest =
  | { type: 'run'; id: number; request: ReferenceRequest; compactModels?: boolean }
  | { type: 'table'; id: number; data: QcaData; options: TruthTableOptions }
  | { type: 'variants'; id: number; request: VariantsRequest }
  | { type: 'superSubset'; id: number; table: TruthTable; options: SuperSubsetOptions };

export interface SerializedError {
  name: string;
  code: string;
  message: string;
  issues: readonly Issue[];
}

export type WorkerResponse =
  /** Sent as soon as a run arrives: the worker is alive and working on it. */
  | { type: 'accepted'; id: number }
  /** A step begun; for variants, `done` of `total` analysed so far. */
  | { type: 'progress'; id: number; step: AnalysisStep; done?: number; total?: number }
  | { type: 'result'; id: number; result: Record<string, unknown> }
  | { type: 'error'; id: number; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  // The summary, not the message: the issues travel apart and are listed again on the other side.
  if (isWayfinderError(error)) return { name: error.name, code: error.code, message: error.summary, issues: error.issues };
  const message = error instanceof Error ? error.message : String(error);
  return { name: 'Error', code: 'qca/internal', message, issues: [] };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A message from the worker as the client may trust it, or null for anything else. */
export function readWorkerResponse(data: unknown): WorkerResponse | null {
  if (!isRecord(data) || typeof data.id !== 'number') return null;
  switch (data.type) {
    case 'accepted':
      return data as WorkerResponse;
    case 'progress':
      return typeof data.step === 'string' ? (data as WorkerResponse) : null;
    case 'result':
      return isRecord(data.result) ? (data as WorkerResponse) : null;
    case 'error': {
      const error = data.error;
      const valid = isRecord(error) && typeof error.code === 'string' && typeof error.message === 'string' && Array.isArray(error.issues);
      return valid ? (data as WorkerResponse) : null;
    }
    default:
      return null;
  }
}

/** The worker's whole job, kept apart from the worker global so it runs in tests and in Node. */
export function handleWorkerMessage(message: WorkerRequest, post: (response: WorkerResponse) => void): void {
  if (!['run', 'table', 'variants', 'superSubset'].includes(message?.type)) return;
  const { id } = message;
  post({ type: 'accepted', id });
  try {
    if (message.type === 'table') {
      post({ type: 'progress', id, step: 'truth-table' });
      post({ type: 'result', id, result: createTruthTable(message.data, message.options) as unknown as Record<string, unknown> });
      return;
    }
    if (message.type === 'superSubset') {
      post({ type: 'progress', id, step: 'necessity' });
      post({ type: 'result', id, result: superSubset(message.table, message.options) as unknown as Record<string, unknown> });
      return;
    }
    if (message.type === 'variants') {
      const outcomes = analyseVariants(message.request, (done, total) => post({ type: 'progress', id, step: 'minimize', done, total }));
      post({ type: 'result', id, result: { outcomes } });
      return;
    }
    const result = runReferenceRequest(message.request, { onProgress: (step) => post({ type: 'progress', id, step }) });
    post({ type: 'result', id, result: message.compactModels && result.solutions ? { ...result, solutions: compactSolutions(result.solutions as Record<string, unknown>) } : result });
  } catch (error) {
    post({ type: 'error', id, error: serializeError(error) });
  }
}
