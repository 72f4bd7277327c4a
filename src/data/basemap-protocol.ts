import type { DataLoadFailure } from './fetch-data';
import type { BasemapFile, BasemapShapes } from './basemap-load';

/** The page asks the basemap worker for the shapes, giving it the base URL of the data. */
export interface BasemapRequest {
  base: string;
}

export type BasemapReply =
  | { type: 'settled'; file: BasemapFile }
  | { type: 'done'; shapes: BasemapShapes }
  | { type: 'failed'; file: string; failure: DataLoadFailure }
  | { type: 'crashed'; message: string };
