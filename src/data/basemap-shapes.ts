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
  const rings = collection.features.flatMap((f) => ringsOf(f.geometry));
  const total = rings.reduce((n, r) => n + r.length, 0);
  const coords = new Float64Array(total * 2);
  const ringStart = new Uint32Array(rings.length + 1);
  const ringBox = new Float64Array(rings.length * 4);
  let p = 0;
  rings.forEach((ring, r) => {
    ringStart[r] = p;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const pos of ring) {
      const x = mercatorX(pos[0]!);
      const y = mercatorY(pos[1]!);
      coords[2 * p] = x;
      coords[2 * p + 1] = y;
      p++;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    ringBox.set([minX, minY, maxX, maxY], r * 4);
  });
  ringStart[rings.length] = p;
  return { coords, ringStart, ringBox };
}
