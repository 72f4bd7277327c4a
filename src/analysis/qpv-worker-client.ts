import { DataLoadError, dataUrl } from '../data/fetch-data';
import type {
  QpvWorkerCalls,
  QpvWorkerError,
  QpvWorkerMethod,
  QpvWorkerResponse,
} from './qpv-worker-protocol';

export interface QpvWorkerClient {
  call<M extends QpvWorkerMethod>(
    method: M,
    args: QpvWorkerCalls[M]['args'],
  ): Promise<QpvWorkerCalls[M]['result']>;
  terminate(): void;
}

function fromWorkerError(error: QpvWorkerError): Error {
  return error.kind === 'load'
    ? new DataLoadError(error.file, error.failure)
    : new Error(error.message);
}

/** Page side of the QPV worker: one promise per request, matched by id. */
export function createQpvWorkerClient(): QpvWorkerClient {
  const worker = new Worker(new URL('./qpv.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<QpvWorkerResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    pending.delete(response.id);
    if (response.ok) waiting.resolve(response.value);
    else waiting.reject(fromWorkerError(response.error));
  };
  // A worker that fails to start (script error) would otherwise leave every promise hanging.
  worker.onerror = (event) => {
    event.preventDefault();
    const error = new Error(event.message || 'le module d’analyse des QPV n’a pas démarré');
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  return {
    call(method, args) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        worker.postMessage({ id, method, args });
      });
    },
    terminate() {
      worker.terminate();
      for (const waiting of pending.values()) waiting.reject(new Error('terminated'));
      pending.clear();
    },
  };
}

/** Absolute, since the worker resolves relative URLs against its own script. */
export function absoluteDataUrl(file: string): string {
  return new URL(dataUrl(file), document.baseURI).href;
}
