import { distanceToQpvM, type QpvDistance } from './qpv-index';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { BBox, QpvRecord } from '../data/qpv-types';
import { seededRandom } from '../data/seeded-random';

export { seededRandom };

/**
 * Test and benchmark support only: the app loads it on demand for the `?bench=1` hook alone, so
 * it is not in the main bundle. It holds the areas that random points are drawn from and the
 * brute-force reference the index is checked against.
 */

export interface SampleArea {
  name: string;
  bbox: BBox;
  /** Share of the random points drawn here. */
  weight: number;
}

/** Land areas with QPVs, so that overseas points are not all lost in the ocean. */
export const FRANCE_AREAS: readonly SampleArea[] = [
  { name: 'Métropole', bbox: [-5.2, 41.3, 9.6, 51.1], weight: 0.75 },
  { name: 'Guadeloupe', bbox: [-61.85, 15.83, -61.0, 16.52], weight: 0.04 },
  { name: 'Martinique', bbox: [-61.25, 14.38, -60.8, 14.9], weight: 0.03 },
  { name: 'Guyane', bbox: [-54.6, 2.1, -51.6, 5.8], weight: 0.04 },
  { name: 'La Réunion', bbox: [55.2, -21.4, 55.85, -20.85], weight: 0.05 },
  { name: 'Mayotte', bbox: [44.95, -13.05, 45.35, -12.6], weight: 0.03 },
  { name: 'Saint-Martin', bbox: [-63.16, 18.0, -62.95, 18.13], weight: 0.02 },
  { name: 'Polynésie (Tahiti, Moorea)', bbox: [-150.0, -17.9, -149.1, -17.4], weight: 0.04 },
];

export function pointInArea(area: SampleArea, u: number, v: number): [number, number] {
  const [minLon, minLat, maxLon, maxLat] = area.bbox;
  return [minLon + u * (maxLon - minLon), minLat + v * (maxLat - minLat)];
}

export function randomFrancePoints(count: number, random: () => number): [number, number][] {
  const total = FRANCE_AREAS.reduce((s, a) => s + a.weight, 0);
  const points: [number, number][] = [];
  for (let n = 0; n < count; n++) {
    let pick = random() * total;
    const area = FRANCE_AREAS.find((a) => (pick -= a.weight) < 0) ?? FRANCE_AREAS[0]!;
    points.push(pointInArea(area, random(), random()));
  }
  return points;
}

/** Linear scan with the same per-QPV distance; ties go to the first record, as in the index. */
export function bruteForceNearest(
  records: readonly QpvRecord[],
  lon: number,
  lat: number,
): QpvDistance | null {
  let best: QpvDistance | null = null;
  for (const qpv of records) {
    const distanceM = distanceToQpvM(qpv, lon, lat);
    if (!best || distanceM < best.distanceM) best = { qpv, distanceM };
  }
  return best;
}

export function bruteForceContaining(
  records: readonly QpvRecord[],
  lon: number,
  lat: number,
): QpvRecord | null {
  return records.find((r) => booleanPointInPolygon([lon, lat], r.geometry)) ?? null;
}
