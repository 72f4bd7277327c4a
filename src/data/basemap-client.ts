import { BASEMAP_FILES, fetchBasemapShapes, type BasemapShapes } from './basemap-load';
import type { BasemapReply, BasemapRequest } from './basemap-protocol';
import { DataLoadError } from './fetch-data';
import { trackPending } from './pending-files';

function abortError() {
  return new DOMException('Le chargement a été interrompu', 'AbortError');
}

/**
 * Loads the embedded basemap in a worker. Each file stays listed as pending on the page until
 * the worker says its download has ended, so a slow file is still named on screen.
 */
export function loadBasemapShapes(signal?: AbortSignal): Promise<BasemapShapes> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./basemap.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // No module workers: the same work on the page, slower to start but correct.
    return fetchBasemapShapes(undefined, undefined, signal);
  }
  const settle = new Map<string, () => void>();
  for (const file of BASEMAP_FILES) {
    trackPending(file, new Promise<void>((resolve) => settle.set(file, resolve)));
  }
  const settleAll = () => settle.forEach((done) => done());

  return new Promise<BasemapShapes>((resolve, reject) => {
    const finish = () => {
      settleAll();
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<BasemapReply>) => {
      const m = e.data;
      if (m.type === 'settled') settle.get(m.file)?.();
      else {
        finish();
        if (m.type === 'done') resolve(m.shapes);
        else if (m.type === 'failed') reject(new DataLoadError(m.file, m.failure));
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      finish();
      reject(new Error(e.message || 'basemap worker failed'));
    };
    const request: BasemapRequest = { base: document.baseURI };
    worker.postMessage(request);
  });
}
