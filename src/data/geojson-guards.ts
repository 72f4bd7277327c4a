import type { FeatureCollection, Geometry } from 'geojson';

/** Checks the shape of a shipped GeoJSON file before Leaflet sees it. */
export function asFeatureCollection(value: unknown): FeatureCollection<Geometry> | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as { type?: unknown; features?: unknown };
  if (v.type !== 'FeatureCollection' || !Array.isArray(v.features)) return null;
  const ok = v.features.every(
    (f: unknown) =>
      typeof f === 'object' &&
      f !== null &&
      (f as { type?: unknown }).type === 'Feature' &&
      typeof (f as { geometry?: unknown }).geometry === 'object',
  );
  return ok ? (value as FeatureCollection<Geometry>) : null;
}
