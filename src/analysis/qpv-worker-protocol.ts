import type { DataLoadFailure } from '../data/fetch-data';
import type { LocationPrecision } from '../data/types';
import type { PlaceAnswer, PointToRelate, QpvServiceInfo, RelateResult } from './qpv-service';

/** What each request carries and what it answers; every value is plain data (structured clone). */
export interface QpvWorkerCalls {
  /** Fetches, parses and indexes the full-resolution file. */
  load: { args: { url: string; file: string }; result: QpvServiceInfo };
  relate: { args: { points: PointToRelate[] }; result: RelateResult & { ms: number } };
  check: { args: { lon: number; lat: number; precision: LocationPrecision }; result: PlaceAnswer };
}

export type QpvWorkerMethod = keyof QpvWorkerCalls;

export type QpvWorkerRequest = {
  [M in QpvWorkerMethod]: { id: number; method: M; args: QpvWorkerCalls[M]['args'] };
}[QpvWorkerMethod];

/** A failure that crossed the boundary: classes do not survive structured cloning. */
export type QpvWorkerError =
  { kind: 'load'; file: string; failure: DataLoadFailure } | { kind: 'other'; message: string };

export type QpvWorkerResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: QpvWorkerError };
