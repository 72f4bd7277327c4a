import { worldToLonLat } from './basemap-shapes';
import type { CommuneSet } from './commune-set';

/** [lat, lon] pairs, as Leaflet takes them. */
export type LatLonPath = [number, number][];

export interface CommunesOutline {
  /** Every ring of the chosen communes, to fill without strokes. */
  rings: LatLonPath[];
  /** Their outer boundary: the edges not shared by two of them, chained into paths. */
  edges: LatLonPath[];
  /** [west, south, east, north], degrees; null when no commune was found. */
  box: [number, number, number, number] | null;
}

const toLatLon = (x: number, y: number): [number, number] => {
  const [lon, lat] = worldToLonLat(x, y);
  return [lat, lon];
};

/**
 * The outline of a group of communes (an intercommunality) from their polygons: an edge that
 * two of them share is inside the group and left out, the others are its boundary. Shared
 * borders are identical within one département's file; between two files they were simplified
 * apart and both stay (a thin double line where a group spans départements).
 */
export function communesOutline(
  sets: readonly CommuneSet[],
  codes: ReadonlySet<string>,
): CommunesOutline {
  const chosen: { set: CommuneSet; ring: number }[] = [];
  for (const set of sets) {
    set.codes.forEach((code, i) => {
      if (!codes.has(code)) return;
      for (let r = set.firstRing[i]!; r < set.firstRing[i + 1]!; r++) chosen.push({ set, ring: r });
    });
  }
  const key = (c: Float64Array, k: number) => `${c[2 * k]},${c[2 * k + 1]}`;
  const edgeKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const uses = new Map<string, number>();
  for (const { set, ring } of chosen) {
    const { coords, ringStart } = set.shapes;
    const start = ringStart[ring]!;
    const end = ringStart[ring + 1]!;
    for (let k = start; k + 1 < end; k++) {
      const e = edgeKey(key(coords, k), key(coords, k + 1));
      uses.set(e, (uses.get(e) ?? 0) + 1);
    }
  }
  const rings: LatLonPath[] = [];
  const edges: LatLonPath[] = [];
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const { set, ring } of chosen) {
    const { coords, ringStart } = set.shapes;
    const start = ringStart[ring]!;
    const end = ringStart[ring + 1]!;
    const path: LatLonPath = [];
    let chain: LatLonPath | null = null;
    for (let k = start; k < end; k++) {
      const p = toLatLon(coords[2 * k]!, coords[2 * k + 1]!);
      path.push(p);
      west = Math.min(west, p[1]);
      east = Math.max(east, p[1]);
      south = Math.min(south, p[0]);
      north = Math.max(north, p[0]);
      if (k + 1 >= end) break;
      const outer = uses.get(edgeKey(key(coords, k), key(coords, k + 1))) === 1;
      if (outer) {
        if (!chain) {
          chain = [p];
          edges.push(chain);
        }
        chain.push(toLatLon(coords[2 * (k + 1)]!, coords[2 * (k + 1) + 1]!));
      } else chain = null;
    }
    rings.push(path);
  }
  return { rings, edges, box: rings.length > 0 ? [west, south, east, north] : null };
}
