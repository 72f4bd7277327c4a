import Flatbush from 'flatbush';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { BBox, QpvGeometry, QpvRecord } from '../data/qpv-types';

/** Mean Earth radius, the one turf uses, so our distances line up with turf's. */
const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;
const METRES_PER_DEGREE = EARTH_RADIUS_M * RAD;

/**
 * The search radius below assumes lon/lat offsets of at most this many degrees, where the small-
 * angle bound d >= 0.98 * R * sqrt(dLat^2 + cos^2 * dLon^2) holds; past it we scan everything.
 */
const MAX_RADIUS_DEG = 20;
const RADIUS_SAFETY = 0.98;

/** Enough first candidates that the first exact distance is usually already the answer. */
const SEED_COUNT = 4;

export interface QpvDistance {
  qpv: QpvRecord;
  /** Metres to the nearest edge of the QPV, 0 when the point is inside it. */
  distanceM: number;
}

export interface QpvIndex {
  readonly records: readonly QpvRecord[];
  /** The QPV whose polygon contains the point (edges included), or null. */
  containing(lon: number, lat: number): QpvRecord | null;
  /** The QPV with the closest edge; null only when the index is empty. */
  nearest(lon: number, lat: number): QpvDistance | null;
  /** Every QPV whose edge is at most `metres` away, closest first. */
  within(lon: number, lat: number, metres: number): QpvDistance[];
}

/** Great-circle distance on the mean sphere; well under 1 % from the ellipsoid in France. */
export function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const s1 = Math.sin(((lat2 - lat1) * RAD) / 2);
  const s2 = Math.sin(((lon2 - lon1) * RAD) / 2);
  const h = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Rings as flat [lon, lat, lon, lat, …] arrays: the distance loop runs over 200,000 vertices. */
function flattenRings(geometry: QpvGeometry): Float64Array[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings: Float64Array[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const flat = new Float64Array(ring.length * 2);
      ring.forEach((p, i) => {
        flat[2 * i] = p[0]!;
        flat[2 * i + 1] = p[1]!;
      });
      rings.push(flat);
    }
  }
  return rings;
}

/**
 * Distance to the closest edge. The closest point is searched in an equirectangular plane centred
 * on the query, which is exact enough to pick the segment; the returned length is then the
 * great-circle distance to that point, so it stays accurate when the QPV is hundreds of km away.
 */
function edgeDistanceM(rings: readonly Float64Array[], lon: number, lat: number): number {
  const kx = METRES_PER_DEGREE * Math.cos(lat * RAD);
  const ky = METRES_PER_DEGREE;
  let best = Infinity;
  let bestX = 0;
  let bestY = 0;
  for (const ring of rings) {
    let ax = (ring[0]! - lon) * kx;
    let ay = (ring[1]! - lat) * ky;
    for (let i = 2; i < ring.length; i += 2) {
      const bx = (ring[i]! - lon) * kx;
      const by = (ring[i + 1]! - lat) * ky;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      let t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const px = ax + t * dx;
      const py = ay + t * dy;
      const d2 = px * px + py * py;
      if (d2 < best) {
        best = d2;
        bestX = px;
        bestY = py;
      }
      ax = bx;
      ay = by;
    }
  }
  if (best === Infinity) return Infinity;
  return haversineM(lon, lat, lon + bestX / kx, lat + bestY / ky);
}

function inBox(box: BBox, lon: number, lat: number): boolean {
  return lon >= box[0] && lat >= box[1] && lon <= box[2] && lat <= box[3];
}

function contains(geometry: QpvGeometry, lon: number, lat: number): boolean {
  return booleanPointInPolygon([lon, lat], geometry);
}

function distanceWithRings(
  record: QpvRecord,
  rings: readonly Float64Array[],
  lon: number,
  lat: number,
): number {
  if (inBox(record.bbox, lon, lat) && contains(record.geometry, lon, lat)) return 0;
  return edgeDistanceM(rings, lon, lat);
}

/**
 * The exact per-QPV distance the index uses, without the index: for brute-force checks and one-off
 * questions. Slow in a loop, since it re-flattens the rings on every call.
 */
export function distanceToQpvM(record: QpvRecord, lon: number, lat: number): number {
  return distanceWithRings(record, flattenRings(record.geometry), lon, lat);
}

/**
 * A lower bound of the great-circle distance from the point to anything in the box. From the
 * haversine formula, d >= sqrt(1 - m^2/12) * R * sqrt(dLat^2 + c^2 * dLon^2) with m the larger
 * offset in radians and c the smallest cosine of latitude involved (longitude degrees shrink
 * towards the poles, so the most poleward latitude gives the safe value).
 */
function boxLowerBoundM(box: BBox, lon: number, lat: number): number {
  const dLon = Math.max(box[0] - lon, lon - box[2], 0) * RAD;
  const dLat = Math.max(box[1] - lat, lat - box[3], 0) * RAD;
  const poleward = Math.min(90, Math.max(Math.abs(lat), Math.abs(box[1]), Math.abs(box[3])));
  const c = Math.cos(poleward * RAD);
  const m = Math.max(dLon, dLat);
  const shrink = Math.sqrt(Math.max(0, 1 - (m * m) / 12));
  return shrink * EARTH_RADIUS_M * Math.sqrt(dLat * dLat + c * c * dLon * dLon);
}

/**
 * Flatbush ranks boxes by Euclidean distance in degrees. This is the degree radius outside which
 * nothing can be closer than `metres`: the radius r must satisfy
 * 0.98 * R * cos(|lat| + r) * r >= metres, since every point in that disc is at most r degrees
 * further from the equator.
 */
function searchRadiusDeg(lat: number, metres: number): number {
  const target = metres / (RADIUS_SAFETY * METRES_PER_DEGREE);
  const absLat = Math.abs(lat);
  let r = target / Math.max(Math.cos(absLat * RAD), 1e-9);
  while (r <= MAX_RADIUS_DEG) {
    if (r * Math.cos(Math.min(90, absLat + r) * RAD) >= target) return r;
    r *= 1.25;
  }
  return Infinity;
}

/** Builds the index once; queries then cost microseconds each. */
export function createQpvIndex(records: readonly QpvRecord[]): QpvIndex {
  const rings = records.map((r) => flattenRings(r.geometry));
  // Flatbush throws on an empty index, and an empty file still deserves null answers.
  const tree = records.length > 0 ? new Flatbush(records.length) : null;
  for (const r of records) tree?.add(r.bbox[0], r.bbox[1], r.bbox[2], r.bbox[3]);
  tree?.finish();

  // Marks which records a query already measured, without allocating a Set per query.
  const seenAt = new Uint32Array(records.length);
  let query = 0;

  function containing(lon: number, lat: number): QpvRecord | null {
    if (!tree) return null;
    // Lowest index first, so that the answer does not depend on the tree's internal order.
    const hits = tree.search(lon, lat, lon, lat).sort((a, b) => a - b);
    for (const i of hits) {
      const record = records[i]!;
      if (contains(record.geometry, lon, lat)) return record;
    }
    return null;
  }

  function nearest(lon: number, lat: number): QpvDistance | null {
    if (!tree) return null;
    query = (query + 1) >>> 0 || 1;
    let best = Infinity;
    let bestIndex = -1;
    const consider = (i: number): void => {
      if (seenAt[i] === query) return;
      const record = records[i]!;
      // Strictly greater, so ties resolve to the lowest index exactly as a linear scan would.
      if (boxLowerBoundM(record.bbox, lon, lat) > best) return;
      seenAt[i] = query;
      const d = distanceWithRings(record, rings[i]!, lon, lat);
      if (d < best || (d === best && i < bestIndex)) {
        best = d;
        bestIndex = i;
      }
    };
    for (const i of tree.neighbors(lon, lat, SEED_COUNT)) consider(i);
    const radius = searchRadiusDeg(lat, best);
    for (const i of tree.neighbors(lon, lat, Infinity, radius)) consider(i);
    const qpv = records[bestIndex];
    return qpv ? { qpv, distanceM: best } : null;
  }

  function within(lon: number, lat: number, metres: number): QpvDistance[] {
    if (!tree || !(metres >= 0)) return [];
    const found: QpvDistance[] = [];
    for (const i of tree.neighbors(lon, lat, Infinity, searchRadiusDeg(lat, metres))) {
      const record = records[i]!;
      if (boxLowerBoundM(record.bbox, lon, lat) > metres) continue;
      const d = distanceWithRings(record, rings[i]!, lon, lat);
      if (d <= metres) found.push({ qpv: record, distanceM: d });
    }
    return found.sort((a, b) => a.distanceM - b.distanceM || a.qpv.code.localeCompare(b.qpv.code));
  }

  return { records, containing, nearest, within };
}
