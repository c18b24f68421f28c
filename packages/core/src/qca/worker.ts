/**
 * Web Worker entry: runs whole analyses off the main thread. Start it as your bundler builds
 * workers — webpack: `new Worker(new URL('@wayfinder/core/qca/worker', import.meta.url), { type:
 * 'module' })`; Vite: `import QcaWorker from '@wayfinder/core/qca/worker?worker'` then
 * `new QcaWorker()` — and talk to it through `createQcaClient` from `@wayfinder/core/qca/client`.
 */
import type { WorkerRequest, WorkerResponse } from './worker-protocol';
import { handleWorkerMessage } from './worker-protocol';

const scope = globalThis as unknown as {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage: (message: WorkerResponse) => void;
};

scope.onmessage = (event) => handleWorkerMessage(event.data, (response) => scope.postMessage(response));
