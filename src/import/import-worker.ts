/**
 * Module Web Worker entry: runs the import off the main thread.
 * Create it with
 *   new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
 * and talk to it with the messages of worker-protocol.ts (or worker-client.ts).
 */
import { createImportHandler } from './worker-handler';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

const handle = createImportHandler({
  post: (message) => scope.postMessage(message),
  now: () => performance.now(),
  // A macrotask, so that a "cancel" message already queued is handled first.
  yieldToEvents: () => new Promise((resolve) => setTimeout(resolve, 0)),
});

scope.onmessage = (event) => {
  void handle(event.data);
};
