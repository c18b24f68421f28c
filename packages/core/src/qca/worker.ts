/**
 * Web Worker entry: runs whole analyses off the main thread. Start it with
 * `new Worker(new URL('@wayfinder/core/qca/worker', import.meta.url), { type: 'module' })` and talk
 * to it through `createQcaClient` from `@wayfinder/core/qca/client`.
 */
import type { WorkerRequest, WorkerResponse } from './worker-protocol';
import { handleWorkerMessage } from './worker-protocol';

const scope = globalThis as unknown as {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage: (message: WorkerResponse) => void;
};

scope.onmessage = (event) => handleWorkerMessage(event.data, (response) => scope.postMessage(response));
