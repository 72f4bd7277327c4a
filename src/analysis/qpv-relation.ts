import type { LocationPrecision } from '../data/types';
import type { QpvIndex } from './qpv-index';
import { toQpvSummary, type QpvSummary } from '../data/qpv-types';

/** Upper bounds, inclusive, of the "near" bands. */
export const NEAR_500M_M = 500;
export const NEAR_1KM_M = 1000;

export type QpvBand = '500m' | '1km';

interface Located {
  /**
   * True when the point stands for a whole commune or département: the verdict then describes
   * that centre, not the pole itself, and must be shown as indicative.
   */
  approximate: boolean;
  precision: LocationPrecision;
}

export type QpvRelation =
  | ({ kind: 'inside'; qpv: QpvSummary } & Located)
  | ({ kind: 'near'; qpv: QpvSummary; distanceM: number; band: QpvBand } & Located)
  | ({ kind: 'far'; qpv: QpvSummary; distanceM: number } & Located)
  | { kind: 'unknown' };

export type QpvFilterCategory = 'in' | 'within1km' | 'farther' | 'unknown';

/** Display and counting order, from the most to the least related to a QPV. */
export const QPV_FILTER_CATEGORIES: readonly QpvFilterCategory[] = [
  'in',
  'within1km',
  'farther',
  'unknown',
];

export function isApproximatePrecision(precision: LocationPrecision): boolean {
  return precision === 'commune' || precision === 'departement';
}

function isLonLat(lon: number | null, lat: number | null): [number, number] | null {
  if (lon === null || lat === null) return null;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
  return [lon, lat];
}

/**
 * Where a point stands relative to the QPVs. A precision of 'inconnue' gives 'unknown' even with
 * coordinates, since they would then be a placeholder rather than a location.
 */
export function relateToQpv(
  index: Pick<QpvIndex, 'nearest'>,
  lon: number | null,
  lat: number | null,
  precision: LocationPrecision,
): QpvRelation {
  const point = isLonLat(lon, lat);
  if (!point || precision === 'inconnue') return { kind: 'unknown' };
  const nearest = index.nearest(point[0], point[1]);
  if (!nearest) return { kind: 'unknown' };
  const located: Located = { approximate: isApproximatePrecision(precision), precision };
  const qpv = toQpvSummary(nearest.qpv);
  const { distanceM } = nearest;
  if (distanceM === 0) return { kind: 'inside', qpv, ...located };
  if (distanceM <= NEAR_1KM_M) {
    const band: QpvBand = distanceM <= NEAR_500M_M ? '500m' : '1km';
    return { kind: 'near', qpv, distanceM, band, ...located };
  }
  return { kind: 'far', qpv, distanceM, ...located };
}

/**
 * The filter bucket of a relation. Approximate relations keep their bucket: the filter shows
 * what the data says, and the approximate flag is for the wording next to it.
 */
export function qpvFilterCategory(relation: QpvRelation): QpvFilterCategory {
  switch (relation.kind) {
    case 'inside':
      return 'in';
    case 'near':
      return 'within1km';
    case 'far':
      return 'farther';
    case 'unknown':
      return 'unknown';
  }
}
