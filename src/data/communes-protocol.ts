import type { CommuneSet } from './commune-set';
import type { DataLoadFailure } from './fetch-data';

/** The page asks the communes worker for one département, giving it the base URL of the data. */
export interface CommunesRequest {
  dep: string;
  base: string;
}

export type CommunesReply =
  | { type: 'done'; dep: string; set: CommuneSet }
  | { type: 'failed'; dep: string; file: string; failure: DataLoadFailure }
  | { type: 'crashed'; dep: string; message: string };
