import { describe, expect, it } from 'vitest';
import { communeSources, loadSectors } from './fixtures/reference';
import { generateSitesBytes } from './generate-sites';
import { createImportHandler, type WorkerHost } from './worker-handler';
import type { ImportRequest, WorkerResponse } from './worker-protocol';

const sectors = loadSectors();
const communes = communeSources();

/** A host with a fake clock: every call to now() advances it, yields are instantaneous. */
function fakeHost(step = 7) {
  const messages: WorkerResponse[] = [];
  let clock = 0;
  let onYield: (() => void) | null = null;
  const host: WorkerHost = {
    post: (m) => messages.push(structuredClone(m)),
    now: () => (clock += step),
    yieldToEvents: async () => {
      onYield?.();
    },
  };
  return { host, messages, setOnYield: (f: () => void) => (onYield = f), time: () => clock };
}

function request(rows: number, extra: Partial<ImportRequest> = {}): ImportRequest {
  const bytes = generateSitesBytes({ rows, seed: 7 });
  return {
    type: 'import',
    jobId: 'job-1',
    fileName: 'sites.csv',
    bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    sectors,
    communes,
    ...extra,
  };
}

describe('import worker handler', { timeout: 20_000 }, () => {
  it('posts throttled progress, then the result', async () => {
    const { host, messages } = fakeHost();
    const handle = createImportHandler(host);
    await handle(request(20_000));
    const last = messages.at(-1);
    expect(last?.type).toBe('result');
    expect(last?.type === 'result' && last.outcome.ok && last.outcome.summary.dataRows).toBe(
      20_000,
    );
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress[0]).toEqual({ type: 'progress', jobId: 'job-1', processed: 0, total: 0 });
    expect(progress.at(-1)).toEqual({
      type: 'progress',
      jobId: 'job-1',
      processed: 20_000,
      total: 20_000,
    });
    const processed = progress.map((m) => (m.type === 'progress' ? m.processed : 0));
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(progress.length).toBeGreaterThan(2);
  });

  it('never posts progress more often than every 50 ms', async () => {
    const stamps: number[] = [];
    let clock = 0;
    const host: WorkerHost = {
      post: (m) => {
        if (m.type === 'progress' && m.total > 0 && m.processed < m.total) stamps.push(clock);
      },
      now: () => (clock += 3),
      yieldToEvents: async () => {},
    };
    await createImportHandler(host)(request(20_000));
    expect(stamps.length).toBeGreaterThan(1);
    for (let i = 1; i < stamps.length; i++)
      expect(stamps[i]! - stamps[i - 1]!).toBeGreaterThanOrEqual(50);
  });

  it('stops between slices when cancelled', async () => {
    const { host, messages, setOnYield } = fakeHost();
    const handle = createImportHandler(host);
    setOnYield(() => void handle({ type: 'cancel', jobId: 'job-1' }));
    await handle(request(20_000));
    expect(messages.at(-1)).toEqual({ type: 'cancelled', jobId: 'job-1' });
    expect(messages.some((m) => m.type === 'result')).toBe(false);
  });

  it('reuses its commune index and reports a missing one', async () => {
    const { host, messages } = fakeHost();
    const handle = createImportHandler(host);
    const withoutCommunes = request(10);
    delete withoutCommunes.communes;
    await handle({ ...withoutCommunes, jobId: 'a' });
    const first = messages.at(-1);
    expect(first?.type === 'result' && !first.outcome.ok && first.outcome.error.code).toBe(
      'internal_error',
    );
    await handle(request(10, { jobId: 'b' }));
    await handle({ ...withoutCommunes, jobId: 'c' });
    const last = messages.at(-1);
    expect(last?.type === 'result' && last.jobId === 'c' && last.outcome.ok).toBe(true);
  });

  it('passes file-level errors through as results', async () => {
    const { host, messages } = fakeHost();
    await createImportHandler(host)({ ...request(1), bytes: new ArrayBuffer(0) });
    const last = messages.at(-1);
    expect(last?.type === 'result' && !last.outcome.ok && last.outcome.error.code).toBe(
      'empty_file',
    );
  });
});
