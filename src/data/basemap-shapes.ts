import type { FeatureCollection, Geometry, Position } from 'geojson';

/**
 * Polygon rings flattened into typed arrays, already projected to Web Mercator. Drawing the
 * embedded basemap from these skips the tens of thousands of LatLng and Point objects that
 * Leaflet's GeoJSON layer would allocate and re-project at every zoom.
 */
export interface ShapeSet {
  /** x, y pairs in world units: 0 to 1 across the Web Mercator square, y pointing down. */
  coords: Float64Array;
  /** Index (in points) where each ring starts, followed by the total number of points. */
  ringStart: Uint32Array;
  /** Bounding box of each ring in world units: minX, minY, maxX, maxY. */
  ringBox: Float64Array;
}

const MAX_LATITUDE = 85.0511287798;

/** Longitude to Web Mercator world x (the same projection as Leaflet's EPSG:3857 at zoom 0). */
export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

export function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/** World units back to longitude, latitude: the inverse of mercatorX and mercatorY. */
export function worldToLonLat(x: number, y: number): [number, number] {
  const lon = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lon, lat];
}

/** One ring projected to world units. */
export interface ProjectedRing {
  xs: Float64Array;
  ys: Float64Array;
}

export function projectRing(ring: Position[]): ProjectedRing {
  const xs = new Float64Array(ring.length);
  const ys = new Float64Array(ring.length);
  ring.forEach((p, i) => {
    xs[i] = mercatorX(p[0]!);
    ys[i] = mercatorY(p[1]!);
  });
  return { xs, ys };
}

function ringsOf(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'GeometryCollection':
      return geometry.geometries.flatMap(ringsOf);
    default:
      return [];
  }
}

export function toShapeSet(collection: FeatureCollection<Geometry>): ShapeSet {
  return packRings(collection.features.flatMap((f) => ringsOf(f.geometry)).map(projectRing));
}

/** Projected rings packed into one ShapeSet, with each ring's box. */
export function packRings(rings: readonly ProjectedRing[]): ShapeSet {
  const total = rings.reduce((n, r) => n + r.xs.length, 0);
  const coords = new Float64Array(total * 2);
  const ringStart = new Uint32Array(rings.length + 1);
  const ringBox = new Float64Array(rings.length * 4);
  let p = 0;
  rings.forEach((r, k) => {
    ringStart[k] = p;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < r.xs.length; i++, p++) {
      const x = r.xs[i]!;
      const y = r.ys[i]!;
      coords[2 * p] = x;
      coords[2 * p + 1] = y;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    ringBox.set([minX, minY, maxX, maxY], k * 4);
  });
  ringStart[rings.length] = p;
  return { coords, ringStart, ringBox };
}
