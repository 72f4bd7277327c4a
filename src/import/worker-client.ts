import type { ImportOutcome } from './import-file';
import type { ImportRequest, WorkerRequest, WorkerResponse } from './worker-protocol';

/** The part of `Worker` this client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  removeEventListener(
    type: 'message',
    listener: (event: MessageEvent<WorkerResponse>) => void,
  ): void;
}

export interface RunningImport {
  /** The outcome, or null when cancelled. */
  promise: Promise<ImportOutcome | null>;
  cancel(): void;
}

let counter = 0;

/**
 * Main-thread side: starts one import in the worker, reports progress, resolves
 * with the outcome. The bytes' buffer is transferred, so the caller's copy is
 * emptied: pass a copy if it is still needed.
 */
export function runImportInWorker(
  worker: WorkerLike,
  request: Omit<ImportRequest, 'type' | 'jobId'>,
  onProgress?: (processed: number, total: number) => void,
): RunningImport {
  counter += 1;
  const jobId = `import-${counter}`;
  let cancel = () => {};
  const promise = new Promise<ImportOutcome | null>((resolve) => {
    const listener = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.jobId !== jobId) return;
      if (message.type === 'progress') {
        onProgress?.(message.processed, message.total);
        return;
      }
      worker.removeEventListener('message', listener);
      resolve(message.type === 'result' ? message.outcome : null);
    };
    worker.addEventListener('message', listener);
    cancel = () => worker.postMessage({ type: 'cancel', jobId });
    worker.postMessage({ type: 'import', jobId, ...request }, [request.bytes]);
  });
  return { promise, cancel: () => cancel() };
}
