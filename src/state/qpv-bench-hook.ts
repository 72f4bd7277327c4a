import { ensureQpvIndex, relatePoints } from './qpv-analysis';

export interface QpvBenchResult {
  count: number;
  /** Time inside the worker, relations and nearby lists included. */
  workerMs: number;
  /** From the page's request to the answer back on the page, structured cloning included. */
  roundTripMs: number;
  inside: number;
}

export interface PtceBench {
  /** Loads the index (if not done) and says how long parsing and indexing took in the worker. */
  qpvIndex(): Promise<{ count: number; parseMs: number; indexMs: number; loadMs: number }>;
  /** Analyses `count` seeded random points of France (mainland and overseas) against all QPV. */
  analyseRandomPoints(count?: number, seed?: number): Promise<QpvBenchResult>;
}

declare global {
  interface Window {
    __ptceBench?: PtceBench;
  }
}

/**
 * Only with `?bench=1`: lets scripts/bench-qpv.mjs time the app's own worker and modules in a
 * real browser. The random-point helper is loaded on demand, so it stays out of the main bundle.
 */
export function installQpvBenchHook(): void {
  window.__ptceBench = {
    async qpvIndex() {
      const t0 = performance.now();
      const info = await ensureQpvIndex();
      return { ...info, loadMs: performance.now() - t0 };
    },
    async analyseRandomPoints(count = 10_000, seed = 1) {
      const { randomFrancePoints, seededRandom } =
        await import('../analysis/qpv-index.bench-helper');
      await ensureQpvIndex();
      const points = randomFrancePoints(count, seededRandom(seed)).map(([lon, lat], i) => ({
        id: `p${i}`,
        lon,
        lat,
        precision: 'exacte' as const,
      }));
      const t0 = performance.now();
      const result = await relatePoints(points);
      const roundTripMs = performance.now() - t0;
      const inside = Object.values(result.relations).filter((r) => r.kind === 'inside').length;
      return { count, workerMs: result.ms, roundTripMs, inside };
    },
  };
}
