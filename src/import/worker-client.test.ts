import { describe, expect, it } from 'vitest';
import { communeSources, loadSectors, utf8 } from './fixtures/reference';
import { runImportInWorker, type WorkerLike } from './worker-client';
import { createImportHandler } from './worker-handler';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/** A Worker stand-in running the real handler in-process, with real macrotask yields. */
function inProcessWorker(): WorkerLike & { sent: WorkerRequest[] } {
  const listeners = new Set<(e: MessageEvent<WorkerResponse>) => void>();
  const handle = createImportHandler({
    post: (m) => {
      const event = { data: structuredClone(m) } as MessageEvent<WorkerResponse>;
      setTimeout(() => listeners.forEach((l) => l(event)), 0);
    },
    now: () => performance.now(),
    yieldToEvents: () => new Promise((r) => setTimeout(r, 0)),
  });
  const sent: WorkerRequest[] = [];
  return {
    sent,
    postMessage: (m) => {
      sent.push(m);
      setTimeout(() => void handle(m), 0);
    },
    addEventListener: (_t, l) => listeners.add(l),
    removeEventListener: (_t, l) => listeners.delete(l),
  };
}

describe('runImportInWorker', { timeout: 20_000 }, () => {
  it('resolves with the outcome and reports progress', async () => {
    const worker = inProcessWorker();
    const progress: [number, number][] = [];
    const bytes = utf8('nom;lat;lon\nA;45,7;4,8\n');
    const running = runImportInWorker(
      worker,
      {
        fileName: 'a.csv',
        bytes: bytes.buffer as ArrayBuffer,
        sectors: loadSectors(),
        communes: communeSources(),
      },
      (done, total) => progress.push([done, total]),
    );
    const outcome = await running.promise;
    expect(outcome?.ok && outcome.sites[0]?.nom).toBe('A');
    expect(progress.at(-1)).toEqual([1, 1]);
  });

  it('resolves with null when cancelled', async () => {
    const worker = inProcessWorker();
    const lines = ['nom;lat;lon', ...Array.from({ length: 60_000 }, (_, i) => `S${i};45,7;4,8`)];
    const bytes = utf8(lines.join('\n'));
    const running = runImportInWorker(worker, {
      fileName: 'a.csv',
      bytes: bytes.buffer as ArrayBuffer,
      sectors: loadSectors(),
      communes: communeSources(),
    });
    setTimeout(() => running.cancel(), 0);
    expect(await running.promise).toBeNull();
    expect(worker.sent.map((m) => m.type)).toEqual(['import', 'cancel']);
  });
});
