import type { Geometry, Position } from 'geojson';

/**
 * A marker position for any geometry: the point itself, the middle of a line
 * (along its length), or a point guaranteed inside a polygon (its centroid when
 * that is inside, else the middle of the widest horizontal span through it).
 * Planar maths on lon/lat: fine for choosing where to draw a marker.
 */

type Ring = readonly Position[];

function x(p: Position): number {
  return p[0] ?? NaN;
}
function y(p: Position): number {
  return p[1] ?? NaN;
}

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (x(ring[j]!) - x(ring[i]!)) * (y(ring[j]!) + y(ring[i]!));
  }
  return sum / 2;
}

function polygonArea(rings: readonly Ring[]): number {
  const [outer, ...holes] = rings;
  if (!outer) return 0;
  return Math.abs(ringArea(outer)) - holes.reduce((s, h) => s + Math.abs(ringArea(h)), 0);
}

function ringCentroid(ring: Ring): Position | null {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[j]!;
    const q = ring[i]!;
    const cross = x(p) * y(q) - x(q) * y(p);
    a += cross;
    cx += (x(p) + x(q)) * cross;
    cy += (y(p) + y(q)) * cross;
  }
  if (a === 0) return null;
  return [cx / (3 * a), cy / (3 * a)];
}

/** Even-odd rule over all rings, so holes count as outside. */
export function pointInPolygon(point: Position, rings: readonly Ring[]): boolean {
  const px = x(point);
  const py = y(point);
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (y(a) > py !== y(b) > py && px < ((x(b) - x(a)) * (py - y(a))) / (y(b) - y(a)) + x(a)) {
        inside = !inside;
      }
    }
  }
  return inside;
}

/** Middle of the widest inside span of the horizontal line through `lineY`. */
function scanlinePoint(rings: readonly Ring[], lineY: number): Position | null {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (y(a) > lineY !== y(b) > lineY) {
        xs.push(x(a) + ((lineY - y(a)) * (x(b) - x(a))) / (y(b) - y(a)));
      }
    }
  }
  xs.sort((m, n) => m - n);
  let best: Position | null = null;
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = xs[i + 1]! - xs[i]!;
    if (w > width) {
      width = w;
      best = [(xs[i]! + xs[i + 1]!) / 2, lineY];
    }
  }
  return best;
}

function polygonPoint(rings: readonly Ring[]): Position | null {
  const outer = rings[0];
  if (!outer || outer.length === 0) return null;
  const c = ringCentroid(outer);
  if (c && pointInPolygon(c, rings)) return c;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of outer) {
    minY = Math.min(minY, y(p));
    maxY = Math.max(maxY, y(p));
  }
  // Try the middle first, then a few other heights in case the middle grazes a vertex.
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    const p = scanlinePoint(rings, minY + (maxY - minY) * t);
    if (p) return p;
  }
  return outer[0] ?? null;
}

function lineLength(line: readonly Position[]): number {
  let len = 0;
  for (let i = 1; i < line.length; i++) len += segmentLength(line[i - 1]!, line[i]!);
  return len;
}

function segmentLength(a: Position, b: Position): number {
  // Longitude degrees shrink with latitude; enough for picking a midpoint.
  const k = Math.cos((((y(a) + y(b)) / 2) * Math.PI) / 180);
  return Math.hypot((x(b) - x(a)) * k, y(b) - y(a));
}

function lineMidpoint(line: readonly Position[]): Position | null {
  const half = lineLength(line) / 2;
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const seg = segmentLength(a, b);
    if (walked + seg >= half && seg > 0) {
      const t = (half - walked) / seg;
      return [x(a) + (x(b) - x(a)) * t, y(a) + (y(b) - y(a)) * t];
    }
    walked += seg;
  }
  return line[0] ?? null;
}

function pointsMedoid(points: readonly Position[]): Position | null {
  if (points.length === 0) return null;
  const mx = points.reduce((s, p) => s + x(p), 0) / points.length;
  const my = points.reduce((s, p) => s + y(p), 0) / points.length;
  let best = points[0]!;
  let bestD = Infinity;
  for (const p of points) {
    const d = Math.hypot(x(p) - mx, y(p) - my);
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return best;
}

function largestBy<T>(items: readonly T[], size: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestSize = -Infinity;
  for (const item of items) {
    const s = size(item);
    if (s > bestSize) {
      bestSize = s;
      best = item;
    }
  }
  return best;
}

/** [lon, lat] where to put the marker, or null for an empty geometry. */
export function representativePoint(geometry: Geometry): [number, number] | null {
  let p: Position | null | undefined;
  switch (geometry.type) {
    case 'Point':
      p = geometry.coordinates;
      break;
    case 'MultiPoint':
      // The member nearest the mean: a real member, never a point in between.
      p = pointsMedoid(geometry.coordinates);
      break;
    case 'LineString':
      p = lineMidpoint(geometry.coordinates);
      break;
    case 'MultiLineString': {
      const longest = largestBy(geometry.coordinates, lineLength);
      p = longest ? lineMidpoint(longest) : null;
      break;
    }
    case 'Polygon':
      p = polygonPoint(geometry.coordinates);
      break;
    case 'MultiPolygon': {
      const largest = largestBy(geometry.coordinates, polygonArea);
      p = largest ? polygonPoint(largest) : null;
      break;
    }
    case 'GeometryCollection':
      p = null;
      break;
  }
  if (!p) return null;
  const lon = x(p);
  const lat = y(p);
  return Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : null;
}
