/**
 * Module Web Worker entry: runs imports off the main thread and keeps the
 * imported layers (see worker-router.ts). Create it with
 *   new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
 * and talk to it with the messages of worker-protocol.ts and layer-protocol.ts.
 */
import { indexedDbStore } from './layer-index';
import type { MainToWorker, WorkerToMain } from './layer-protocol';
import { createWorkerRouter } from './worker-router';

interface WorkerScope {
  postMessage(message: WorkerToMain, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<MainToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const store = typeof indexedDB === 'undefined' ? null : indexedDbStore();

const handle = createWorkerRouter({
  post: (message, transfer) => scope.postMessage(message, transfer ?? []),
  now: () => performance.now(),
  // A macrotask, so that a "cancel" message already queued is handled first.
  yieldToEvents: () => new Promise((resolve) => setTimeout(resolve, 0)),
  later: (task) => setTimeout(task, 0),
  store: () => store,
});

// Messages are handled in order; an import yields between slices, so the
// map's questions are answered while a large file is being read.
scope.onmessage = (event) => {
  void handle(event.data);
};
