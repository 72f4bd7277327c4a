import {
  FeatureError,
  isObject,
  readQpvDescription,
  readQpvFeatures,
  type QpvDescription,
  type QpvFeatureIssue,
} from './qpv-types';

/** One QPV as drawn at country scale and described in its panel: no polygon, one inner point. */
export interface QpvPoint extends QpvDescription {
  lon: number;
  lat: number;
  /** Geodesic area in hectares, as computed when the file was prepared; null when absent. */
  areaHa: number | null;
}

export interface QpvPointsData {
  points: QpvPoint[];
  issues: QpvFeatureIssue[];
}

function readPoint(feature: unknown): QpvPoint {
  const { props, geometry, description } = readQpvDescription(feature, false);
  const coords =
    isObject(geometry) && geometry['type'] === 'Point' ? geometry['coordinates'] : null;
  const [lon, lat] = Array.isArray(coords) ? (coords as unknown[]) : [];
  if (
    typeof lon !== 'number' ||
    typeof lat !== 'number' ||
    Math.abs(lon) > 180 ||
    Math.abs(lat) > 90
  ) {
    throw new FeatureError('geometry', 'point [lon, lat] en WGS84 attendu');
  }
  const area = props['area_ha'];
  return {
    ...description,
    lon,
    lat,
    areaHa: typeof area === 'number' && Number.isFinite(area) && area >= 0 ? area : null,
  };
}

/**
 * Reads public/data/qpv-2024-points.geojson. A bad feature is left out and reported, so one
 * broken QPV does not hide the 1,583 others.
 */
export function parseQpvPoints(json: unknown): QpvPointsData {
  const { items, issues } = readQpvFeatures(json, readPoint);
  return { points: items, issues };
}
