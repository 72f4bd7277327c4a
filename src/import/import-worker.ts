/**
 * Module Web Worker entry: runs imports off the main thread and keeps the
 * imported layers (see worker-router.ts). Create it with
 *   new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
 * and talk to it with the messages of worker-protocol.ts and layer-protocol.ts.
 */
import type { CommuneIndex } from '../data/communes';
import { indexedDbStore } from './layer-index';
import { lazyCommuneIndex, readDataFileSync } from './lazy-communes';
import type { MainToWorker, WorkerToMain } from './layer-protocol';
import { createWorkerRouter } from './worker-router';

interface WorkerScope {
  postMessage(message: WorkerToMain, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<MainToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const store = typeof indexedDB === 'undefined' ? null : indexedDbStore();
let dataBase: string | null = null;
let communes: CommuneIndex | null = null;

/** Built once, loaded only when a row without coordinates needs it. */
function communeIndex(): CommuneIndex | null {
  const base = dataBase;
  if (!base) return null;
  communes ??= lazyCommuneIndex(() => ({
    centresCsv: readDataFileSync(new URL('communes-centres.csv', base).href),
    postcodesCsv: readDataFileSync(new URL('communes-codes-postaux.csv', base).href),
  }));
  return communes;
}

const handle = createWorkerRouter({
  post: (message, transfer) => scope.postMessage(message, transfer ?? []),
  now: () => performance.now(),
  // A macrotask, so that a "cancel" message already queued is handled first.
  yieldToEvents: () => new Promise((resolve) => setTimeout(resolve, 0)),
  later: (task) => setTimeout(task, 0),
  store: () => store,
  communes: communeIndex,
});

// Messages are handled in order; an import yields between slices, so the
// map's questions are answered while a large file is being read.
scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'configure' && message.dataBase) dataBase = message.dataBase;
  void handle(message);
};
