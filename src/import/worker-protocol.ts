import type { Sector } from '../data/types';
import type { CrsCode } from './coordinates';
import type { ColumnMapping } from './guess-columns';
import type { ImportOutcome } from './import-file';
import type { Delimiter } from './parse-csv';

/** The commune CSV texts; the worker builds (and keeps) its own index from them. */
export interface CommuneSources {
  centresCsv: string;
  postcodesCsv: string;
}

export interface ImportRequest {
  type: 'import';
  /** Chosen by the caller; echoed in every response about this import. */
  jobId: string;
  fileName: string;
  /** The file's bytes; transfer the buffer to avoid a copy. */
  bytes: ArrayBuffer;
  sectors: Sector[];
  /** Required on the first request; later ones may omit it to reuse the worker's index. */
  communes?: CommuneSources;
  mapping?: ColumnMapping;
  crs?: CrsCode;
  delimiter?: Delimiter;
}

export interface CancelRequest {
  type: 'cancel';
  jobId: string;
}

export type WorkerRequest = ImportRequest | CancelRequest;

export interface ProgressMessage {
  type: 'progress';
  jobId: string;
  /** Data rows processed so far and in total (total is 0 while the file is being parsed). */
  processed: number;
  total: number;
}

export interface ResultMessage {
  type: 'result';
  jobId: string;
  /** File-level errors arrive here too, as `{ ok: false, error }`. */
  outcome: ImportOutcome;
}

export interface CancelledMessage {
  type: 'cancelled';
  jobId: string;
}

export type WorkerResponse = ProgressMessage | ResultMessage | CancelledMessage;

/** Minimum delay between two progress messages. */
export const PROGRESS_INTERVAL_MS = 50;
