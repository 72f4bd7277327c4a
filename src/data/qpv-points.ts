import {
  FeatureError,
  isObject,
  readQpvFeatures,
  type QpvFeatureIssue,
  type QpvZone,
} from '../analysis/qpv-types';

/** One QPV as drawn at country scale and described in its panel: no polygon, one inner point. */
export interface QpvPoint {
  code: string;
  nom: string;
  commune: string;
  insee: string[];
  departement: string;
  departementNom: string;
  zone: QpvZone;
  lon: number;
  lat: number;
  /** Geodesic area in hectares, as computed when the file was prepared; null when absent. */
  areaHa: number | null;
}

export interface QpvPointsData {
  points: QpvPoint[];
  issues: QpvFeatureIssue[];
}

function text(props: Record<string, unknown>, field: string, required: boolean): string {
  const value = props[field];
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (!required && (value === undefined || value === null || value === '')) return '';
  throw new FeatureError(field, 'texte non vide attendu');
}

function readPoint(feature: unknown): QpvPoint {
  if (!isObject(feature) || feature['type'] !== 'Feature')
    throw new FeatureError('type', 'Feature attendue');
  const props = feature['properties'];
  if (!isObject(props)) throw new FeatureError('properties', 'propriétés absentes');
  const geometry = feature['geometry'];
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
  const zone = props['zone'];
  if (zone !== 'metropole' && zone !== 'outre-mer') {
    throw new FeatureError('zone', "'metropole' ou 'outre-mer' attendu");
  }
  const area = props['area_ha'];
  return {
    code: text(props, 'code', true),
    nom: text(props, 'nom', true),
    commune: text(props, 'commune', true),
    insee: text(props, 'insee', false)
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    departement: text(props, 'departement', true),
    departementNom: text(props, 'departement_nom', false),
    zone,
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
