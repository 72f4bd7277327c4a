import type { Geometry, Position } from 'geojson';
import { packRings, projectRing, type ProjectedRing, type ShapeSet } from './basemap-shapes';
import { DataLoadError } from './fetch-data';
import { asFeatureCollection } from './geojson-guards';

/** The file of one département's communes, under public/data. */
export function communeFile(dep: string): string {
  return `communes/communes-${dep}.geojson`;
}

/**
 * One département's communes, ready to draw and to name: every ring projected to Web Mercator
 * world units (as the basemap), and per commune its code, name, population, a label anchor that
 * lies inside the commune, and its bounding box. Typed arrays, so a worker can hand them over
 * without copying.
 */
export interface CommuneSet {
  dep: string;
  shapes: ShapeSet;
  codes: string[];
  names: string[];
  /** Municipal population; -1 when unknown (communes merged since 2018). */
  population: Int32Array;
  /** x, y of each commune's label anchor, world units. */
  anchors: Float64Array;
  /** minX, minY, maxX, maxY of each commune, world units. */
  boxes: Float64Array;
  /** The rings of commune i in `shapes` are firstRing[i] to firstRing[i + 1] (excluded). */
  firstRing: Uint32Array;
}

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/**
 * A point inside the ring, for the name: the ring's centroid when it falls inside, otherwise the
 * middle of the widest stretch of the ring along the centroid's horizontal line (a crescent's
 * centroid lies outside it).
 */
export function labelAnchor(xs: Float64Array, ys: Float64Array): [number, number] {
  const n = xs.length;
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const cross = xs[j]! * ys[i]! - xs[i]! * ys[j]!;
    area += cross;
    cx += (xs[j]! + xs[i]!) * cross;
    cy += (ys[j]! + ys[i]!) * cross;
  }
  if (area === 0) return [xs[0]!, ys[0]!];
  cx /= 3 * area;
  cy /= 3 * area;
  const crossings: number[] = [];
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const yi = ys[i]!;
    const yj = ys[j]!;
    if (yi > cy !== yj > cy) crossings.push(xs[i]! + ((cy - yi) / (yj - yi)) * (xs[j]! - xs[i]!));
  }
  crossings.sort((a, b) => a - b);
  let bestX = cx;
  let bestWidth = -1;
  for (let k = 0; k + 1 < crossings.length; k += 2) {
    const a = crossings[k]!;
    const b = crossings[k + 1]!;
    if (cx >= a && cx <= b) return [cx, cy];
    if (b - a > bestWidth) {
      bestWidth = b - a;
      bestX = (a + b) / 2;
    }
  }
  return [bestX, cy];
}

type Ring = ProjectedRing;

function ringArea({ xs, ys }: Ring): number {
  let a = 0;
  for (let i = 0, j = xs.length - 1; i < xs.length; j = i++) a += xs[j]! * ys[i]! - xs[i]! * ys[j]!;
  return Math.abs(a / 2);
}

/**
 * Reads a communes file (FeatureCollection of Polygon/MultiPolygon with `code`, `nom`,
 * `population`). Features without a code, a name or a usable outline are left out; a file
 * with none left is unusable.
 */
export function parseCommuneSet(file: string, dep: string, value: unknown): CommuneSet {
  const fc = asFeatureCollection(value);
  if (!fc) throw new DataLoadError(file, { kind: 'invalid', detail: 'FeatureCollection attendue' });
  const codes: string[] = [];
  const names: string[] = [];
  const population: number[] = [];
  const anchors: number[] = [];
  const boxes: number[] = [];
  const rings: Ring[] = [];
  const firstRing: number[] = [];
  for (const f of fc.features) {
    const props = (f.properties ?? {}) as { code?: unknown; nom?: unknown; population?: unknown };
    if (typeof props.code !== 'string' || typeof props.nom !== 'string') continue;
    const outer: Ring[] = [];
    const own: Ring[] = [];
    for (const polygon of polygonsOf(f.geometry)) {
      if (!Array.isArray(polygon)) continue;
      polygon.forEach((ring, k) => {
        if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) return;
        const projected = projectRing(ring);
        own.push(projected);
        if (k === 0) outer.push(projected);
      });
    }
    if (outer.length === 0) continue;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const r of own) {
      for (let i = 0; i < r.xs.length; i++) {
        minX = Math.min(minX, r.xs[i]!);
        maxX = Math.max(maxX, r.xs[i]!);
        minY = Math.min(minY, r.ys[i]!);
        maxY = Math.max(maxY, r.ys[i]!);
      }
    }
    const largest = outer.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
    const [ax, ay] = labelAnchor(largest.xs, largest.ys);
    codes.push(props.code);
    names.push(props.nom);
    population.push(
      typeof props.population === 'number' && Number.isFinite(props.population)
        ? Math.round(props.population)
        : -1,
    );
    anchors.push(ax, ay);
    boxes.push(minX, minY, maxX, maxY);
    firstRing.push(rings.length);
    rings.push(...own);
  }
  if (codes.length === 0) {
    throw new DataLoadError(file, { kind: 'invalid', detail: 'aucune commune lisible' });
  }
  return {
    dep,
    shapes: packRings(rings),
    codes,
    names,
    population: Int32Array.from(population),
    anchors: Float64Array.from(anchors),
    boxes: Float64Array.from(boxes),
    firstRing: Uint32Array.from([...firstRing, rings.length]),
  };
}

/** The commune of `set` that holds the point (world units), or -1: rings counted even-odd. */
export function communeAt(set: CommuneSet, x: number, y: number): number {
  const { coords, ringStart } = set.shapes;
  for (let i = 0; i < set.codes.length; i++) {
    const b = 4 * i;
    if (
      x < set.boxes[b]! ||
      x > set.boxes[b + 2]! ||
      y < set.boxes[b + 1]! ||
      y > set.boxes[b + 3]!
    )
      continue;
    let inside = false;
    for (let r = set.firstRing[i]!; r < set.firstRing[i + 1]!; r++) {
      const end = ringStart[r + 1]!;
      for (let k = ringStart[r]!, j = end - 1; k < end; j = k++) {
        const xk = coords[2 * k]!;
        const yk = coords[2 * k + 1]!;
        const xj = coords[2 * j]!;
        const yj = coords[2 * j + 1]!;
        if (yk > y !== yj > y && x < ((xj - xk) * (y - yk)) / (yj - yk) + xk) inside = !inside;
      }
    }
    if (inside) return i;
  }
  return -1;
}

/** The typed arrays of a set, to transfer from a worker. */
export function communeTransferables(set: CommuneSet): ArrayBuffer[] {
  return [
    set.shapes.coords,
    set.shapes.ringStart,
    set.shapes.ringBox,
    set.population,
    set.anchors,
    set.boxes,
    set.firstRing,
  ].map((a) => a.buffer as ArrayBuffer);
}
