import type { LocationPrecision } from '../data/types';
import type { PoleSymbol } from './pole-symbol';

const PRECISIONS: ReadonlySet<string> = new Set<LocationPrecision>([
  'exacte',
  'quartier',
  'commune',
  'departement',
  'inconnue',
]);

/** What build/static-first-paint.ts writes into `data-symbol` for a located pole. */
export interface StaticSymbolData {
  id: string;
  lat: number;
  lon: number;
  sector?: string;
  precision: LocationPrecision;
  /** Written only when true: a pole of a wave without funding. */
  accompanied?: true;
}

export const symbolData = (s: PoleSymbol): StaticSymbolData => ({
  id: s.id,
  lat: s.lat,
  lon: s.lon,
  ...(s.sector === undefined ? {} : { sector: s.sector }),
  precision: s.precision,
  ...(s.accompanied ? { accompanied: true } : {}),
});

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads back a symbol of the static list, before the app has loaded ptce.csv; null when the
 * attribute is not what the build writes (an index.html edited by hand, an older build).
 */
export function parseStaticSymbol(json: string | undefined, name: string): PoleSymbol | null {
  if (!json || !name) return null;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(data)) return null;
  const { id, lat, lon, sector, precision, accompanied } = data;
  if (typeof id !== 'string' || id === '') return null;
  if (typeof lat !== 'number' || !Number.isFinite(lat) || Math.abs(lat) > 90) return null;
  if (typeof lon !== 'number' || !Number.isFinite(lon) || Math.abs(lon) > 180) return null;
  if (sector !== undefined && typeof sector !== 'string') return null;
  if (typeof precision !== 'string' || !PRECISIONS.has(precision)) return null;
  if (accompanied !== undefined && accompanied !== true) return null;
  return {
    id,
    nom: name,
    lat,
    lon,
    sector,
    precision: precision as LocationPrecision,
    accompanied: accompanied === true,
  };
}
