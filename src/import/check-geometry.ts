import type { Geometry, Position } from 'geojson';
import { isInFrance, resolvePoint, toWgs84, type CrsCode } from './coordinates';
import type { GeometryProblem } from './messages';
import { representativePoint } from './representative-point';

export type GeometryCheck =
  | {
      ok: true;
      /** WGS84, 2D (altitudes dropped), reprojected and/or un-swapped as needed. */
      geometry: Geometry;
      /** Marker position [lon, lat]. */
      point: [number, number];
      crs: CrsCode;
      swapped: boolean;
      /** A polygon ring did not end at its first point and was closed. */
      ringClosed: boolean;
    }
  | { ok: false; code: 'geometry_missing' }
  | { ok: false; code: 'geometry_unsupported'; type: string }
  | { ok: false; code: 'geometry_invalid'; reason: GeometryProblem }
  | { ok: false; code: 'coordinates_outside_france'; lat: number; lon: number }
  | { ok: false; code: 'coordinates_unknown_projection'; x: number; y: number };

class Invalid extends Error {
  constructor(readonly reason: GeometryProblem) {
    super(reason);
  }
}

type Pt = [number, number];

function readPosition(value: unknown): Pt {
  if (!Array.isArray(value) || value.length < 2) throw new Invalid('bad_structure');
  const [a, b] = value as unknown[];
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b))
    throw new Invalid('not_number');
  return [a, b];
}

function readList(value: unknown, min: number): unknown[] {
  if (!Array.isArray(value)) throw new Invalid('bad_structure');
  if (value.length < min) throw new Invalid('too_few_positions');
  return value as unknown[];
}

function readLine(value: unknown, min: number): Pt[] {
  return readList(value, min).map(readPosition);
}

/** What was repaired while reading, to be reported as a correction. */
interface Repairs {
  ringClosed: boolean;
}

/**
 * A ring must end where it starts. Many tools leave the last point out: the shape is still
 * plain, so the ring is closed back to its first point and the repair is reported.
 */
function readRing(value: unknown, repairs: Repairs): Pt[] {
  const ring = readLine(value, 3);
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    ring.push([first[0], first[1]]);
    repairs.ringClosed = true;
  }
  if (ring.length < 4) throw new Invalid('too_few_positions');
  return ring;
}

function readPolygon(value: unknown, repairs: Repairs): Pt[][] {
  return readList(value, 1).map((ring) => readRing(ring, repairs));
}

type Parsed =
  | { type: 'Point'; coordinates: Pt }
  | { type: 'MultiPoint'; coordinates: Pt[] }
  | { type: 'LineString'; coordinates: Pt[] }
  | { type: 'MultiLineString'; coordinates: Pt[][] }
  | { type: 'Polygon'; coordinates: Pt[][] }
  | { type: 'MultiPolygon'; coordinates: Pt[][][] };

function parseGeometry(type: string, coordinates: unknown, repairs: Repairs): Parsed {
  switch (type) {
    case 'Point':
      return { type, coordinates: readPosition(coordinates) };
    case 'MultiPoint':
      return { type, coordinates: readLine(coordinates, 1) };
    case 'LineString':
      return { type, coordinates: readLine(coordinates, 2) };
    case 'MultiLineString':
      return { type, coordinates: readList(coordinates, 1).map((l) => readLine(l, 2)) };
    case 'Polygon':
      return { type, coordinates: readPolygon(coordinates, repairs) };
    case 'MultiPolygon':
      return {
        type,
        coordinates: readList(coordinates, 1).map((p) => readPolygon(p, repairs)),
      };
    default:
      throw new Invalid('bad_structure');
  }
}

function firstPosition(g: Parsed): Pt {
  switch (g.type) {
    case 'Point':
      return g.coordinates;
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates[0]!;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates[0]![0]!;
    case 'MultiPolygon':
      return g.coordinates[0]![0]![0]!;
  }
}

function mapPositions(g: Parsed, f: (p: Pt) => Position): Geometry {
  const line = (l: Pt[]) => l.map(f);
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: f(g.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: line(g.coordinates) };
    case 'LineString':
      return { type: 'LineString', coordinates: line(g.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map(line) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map(line) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(line)) };
  }
}

/** Every GeoJSON geometry type but GeometryCollection. */
export const SUPPORTED_GEOMETRY_TYPES: ReadonlySet<string> = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);

/**
 * Validates a GeoJSON geometry from a user's file and brings it to WGS84. The
 * CRS (declared, or told by magnitude) and a lat/lon swap are decided on the
 * first position and applied to all of them; the marker point must be in France.
 */
export function checkGeometry(value: unknown, declared: CrsCode | null): GeometryCheck {
  if (value === null || value === undefined) return { ok: false, code: 'geometry_missing' };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, code: 'geometry_invalid', reason: 'bad_structure' };
  }
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (typeof type !== 'string') {
    return { ok: false, code: 'geometry_invalid', reason: 'bad_structure' };
  }
  if (!SUPPORTED_GEOMETRY_TYPES.has(type))
    return { ok: false, code: 'geometry_unsupported', type: type.slice(0, 40) };

  let parsed: Parsed;
  const repairs: Repairs = { ringClosed: false };
  try {
    parsed = parseGeometry(type, coordinates, repairs);
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, code: 'geometry_invalid', reason: e.reason };
    throw e;
  }

  const [x0, y0] = firstPosition(parsed);
  const first = resolvePoint(y0, x0, declared);
  if (!first.ok) {
    if (first.reason === 'unknown_projection') {
      return { ok: false, code: 'coordinates_unknown_projection', x: first.x, y: first.y };
    }
    if (first.reason === 'out_of_range') {
      return { ok: false, code: 'geometry_invalid', reason: 'out_of_range' };
    }
    // The boxes around France are generous: a shape whose first vertex is outside is too.
    return { ok: false, code: 'coordinates_outside_france', lat: first.lat, lon: first.lon };
  }
  const { crs, swapped } = first;
  let outOfRange = false;
  const transform = (p: Pt): Position => {
    const [a, b] = swapped ? [p[1], p[0]] : p;
    const out = crs === 'EPSG:4326' ? [a, b] : toWgs84(crs, a, b);
    if (!(Math.abs(out[0]!) <= 180 && Math.abs(out[1]!) <= 90)) outOfRange = true;
    return out;
  };

  const geometry = mapPositions(parsed, transform);
  if (outOfRange) return { ok: false, code: 'geometry_invalid', reason: 'out_of_range' };

  const point = representativePoint(geometry);
  if (!point) return { ok: false, code: 'geometry_invalid', reason: 'too_few_positions' };
  if (!isInFrance(point[0], point[1])) {
    return { ok: false, code: 'coordinates_outside_france', lon: point[0], lat: point[1] };
  }
  return { ok: true, geometry, point, crs, swapped, ringClosed: repairs.ringClosed };
}
