/// <reference lib="webworker" />
import { communeTransferables } from './commune-set';
import { fetchCommuneSet } from './communes-load';
import type { CommunesReply, CommunesRequest } from './communes-protocol';
import { DataLoadError } from './fetch-data';

declare const self: DedicatedWorkerGlobalScope;

const reply = (message: CommunesReply, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

self.onmessage = async (e: MessageEvent<CommunesRequest>) => {
  const { dep, base } = e.data;
  try {
    const set = await fetchCommuneSet(dep, base);
    reply({ type: 'done', dep, set }, communeTransferables(set));
  } catch (err) {
    if (err instanceof DataLoadError)
      reply({ type: 'failed', dep, file: err.file, failure: err.failure });
    else reply({ type: 'crashed', dep, message: err instanceof Error ? err.message : String(err) });
  }
};
