/// <reference lib="webworker" />
import { fetchBasemapShapes, transferablesOf } from './basemap-load';
import type { BasemapReply, BasemapRequest } from './basemap-protocol';
import { DataLoadError } from './fetch-data';

declare const self: DedicatedWorkerGlobalScope;

const reply = (message: BasemapReply, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

self.onmessage = async (e: MessageEvent<BasemapRequest>) => {
  try {
    const shapes = await fetchBasemapShapes(e.data.base, (file) =>
      reply({ type: 'settled', file }),
    );
    reply({ type: 'done', shapes }, transferablesOf(shapes));
  } catch (err) {
    if (err instanceof DataLoadError)
      reply({ type: 'failed', file: err.file, failure: err.failure });
    else reply({ type: 'crashed', message: err instanceof Error ? err.message : String(err) });
  }
};
