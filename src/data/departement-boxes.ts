import type { FeatureCollection, Geometry, Position } from 'geojson';
import { mercatorX, mercatorY } from './basemap-shapes';

/** A département's bounding box in Web Mercator world units: minX, minY, maxX, maxY. */
export interface DepartementBox {
  code: string;
  box: [number, number, number, number];
}

function positionsOf(geometry: Geometry | null): Position[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates.flat();
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat(2);
  return [];
}

/** One box per département with a code, so the map knows which communes files a view needs. */
export function departementBoxes(collection: FeatureCollection<Geometry>): DepartementBox[] {
  const out: DepartementBox[] = [];
  for (const f of collection.features) {
    const code = (f.properties as { code?: unknown } | null)?.code;
    const points = positionsOf(f.geometry);
    if (typeof code !== 'string' || points.length === 0) continue;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const p of points) {
      const x = mercatorX(p[0]!);
      const y = mercatorY(p[1]!);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    out.push({ code, box: [minX, minY, maxX, maxY] });
  }
  return out;
}
