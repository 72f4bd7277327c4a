import { buildCommuneIndex, type CommuneIndex } from '../data/communes';
import { prepareImport, type ImportOutcome } from './import-file';
import { makeFileError } from './messages';
import {
  PROGRESS_INTERVAL_MS,
  type CommuneSources,
  type ImportRequest,
  type WorkerRequest,
  type WorkerResponse,
} from './worker-protocol';

/** What the handler needs from its host (the worker scope, or a test). */
export interface WorkerHost {
  post(message: WorkerResponse): void;
  now(): number;
  /** Returns to the event loop so that a queued cancel message is seen. */
  yieldToEvents(): Promise<void>;
  /**
   * The index to use when no request has sent the commune files (see lazy-communes.ts,
   * which loads them only when a row needs them).
   */
  communes?: () => CommuneIndex | null;
}

/** Work done between two yields: short enough for a prompt cancel, long enough to cost little. */
const SLICE_MS = 25;

function errorOutcome(detail: string): ImportOutcome {
  return { ok: false, error: makeFileError('internal_error', { detail }) };
}

/**
 * The import worker's logic, kept apart from `self` so it runs in Node tests.
 * Rows are processed in time slices; progress is posted at most every
 * PROGRESS_INTERVAL_MS, and a cancel takes effect at the next slice boundary.
 */
export function createImportHandler(host: WorkerHost): (request: WorkerRequest) => Promise<void> {
  const cancelled = new Set<string>();
  let communes: { sources: CommuneSources; index: CommuneIndex } | null = null;

  function communeIndex(sources: CommuneSources | undefined): CommuneIndex | null {
    if (
      sources &&
      (!communes ||
        communes.sources.centresCsv !== sources.centresCsv ||
        communes.sources.postcodesCsv !== sources.postcodesCsv)
    ) {
      communes = { sources, index: buildCommuneIndex(sources.centresCsv, sources.postcodesCsv) };
    }
    return communes?.index ?? null;
  }

  async function runImport(request: ImportRequest): Promise<void> {
    const { jobId } = request;
    host.post({ type: 'progress', jobId, processed: 0, total: 0 });
    const index = communeIndex(request.communes) ?? host.communes?.() ?? null;
    if (!index) {
      host.post({ type: 'result', jobId, outcome: errorOutcome('communes manquantes') });
      return;
    }
    const prepared = prepareImport({
      fileName: request.fileName,
      bytes: new Uint8Array(request.bytes),
      sectors: request.sectors,
      communes: index,
      ...(request.mapping ? { mapping: request.mapping } : {}),
      ...(request.crs ? { crs: request.crs } : {}),
      ...(request.delimiter ? { delimiter: request.delimiter } : {}),
    });
    if (!prepared.ok) {
      host.post({ type: 'result', jobId, outcome: prepared });
      return;
    }
    const { job } = prepared;
    let lastProgress = host.now();
    for (;;) {
      const done = job.run(host.now() + SLICE_MS);
      if (done) break;
      if (host.now() - lastProgress >= PROGRESS_INTERVAL_MS) {
        lastProgress = host.now();
        host.post({ type: 'progress', jobId, processed: job.processed, total: job.total });
      }
      await host.yieldToEvents();
      if (cancelled.has(jobId)) {
        host.post({ type: 'cancelled', jobId });
        return;
      }
    }
    host.post({ type: 'progress', jobId, processed: job.total, total: job.total });
    host.post({ type: 'result', jobId, outcome: job.result() });
  }

  return async (request) => {
    if (request.type === 'cancel') {
      cancelled.add(request.jobId);
      return;
    }
    cancelled.delete(request.jobId);
    try {
      await runImport(request);
    } catch (e) {
      const detail = (e instanceof Error ? e.message : String(e)).slice(0, 200);
      host.post({ type: 'result', jobId: request.jobId, outcome: errorOutcome(detail) });
    } finally {
      cancelled.delete(request.jobId);
    }
  };
}
