// Keeps the 4 MB parse, the index and every query off the page's thread.
import { DataLoadError, fetchDataText } from '../data/fetch-data';
import { qpvServiceFromText, type QpvService } from './qpv-service';
import type {
  QpvWorkerCalls,
  QpvWorkerError,
  QpvWorkerRequest,
  QpvWorkerResponse,
} from './qpv-worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

let service: QpvService | null = null;

function requireService(): QpvService {
  if (!service) throw new Error('index QPV non chargé');
  return service;
}

async function load({ url, file }: QpvWorkerCalls['load']['args']) {
  const text = await fetchDataText(file, undefined, url);
  try {
    service = qpvServiceFromText(text, () => performance.now());
  } catch (e) {
    throw new DataLoadError(file, { kind: 'invalid', detail: (e as Error).message });
  }
  return service.info;
}

async function handle(request: QpvWorkerRequest): Promise<unknown> {
  switch (request.method) {
    case 'load':
      return load(request.args);
    case 'relate': {
      const t0 = performance.now();
      const result = requireService().relate(request.args.points);
      return { ...result, ms: performance.now() - t0 };
    }
    case 'check': {
      const { lon, lat, precision } = request.args;
      return requireService().check(lon, lat, precision);
    }
  }
}

function toError(e: unknown): QpvWorkerError {
  if (e instanceof DataLoadError) return { kind: 'load', file: e.file, failure: e.failure };
  return { kind: 'other', message: e instanceof Error ? e.message : String(e) };
}

self.onmessage = (event: MessageEvent<QpvWorkerRequest>) => {
  const request = event.data;
  handle(request).then(
    (value) => self.postMessage({ id: request.id, ok: true, value } satisfies QpvWorkerResponse),
    (e: unknown) =>
      self.postMessage({
        id: request.id,
        ok: false,
        error: toError(e),
      } satisfies QpvWorkerResponse),
  );
};
