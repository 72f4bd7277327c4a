import type { MultiPolygon, Polygon, Position } from 'geojson';

export type QpvZone = 'metropole' | 'outre-mer';

export type QpvGeometry = Polygon | MultiPolygon;

/** [minLon, minLat, maxLon, maxLat] in WGS84 degrees. */
export type BBox = readonly [number, number, number, number];

/** The `properties` of a feature of public/data/qpv-2024*.geojson, as shipped. */
export interface QpvFeatureProperties {
  code: string;
  nom: string;
  commune: string;
  /** INSEE codes joined with ","; a QPV can straddle several communes. */
  insee: string;
  departement: string;
  departement_nom: string;
  zone: QpvZone;
  generation: string;
}

/** What both QPV files say about a QPV, besides its shape or its point. */
export interface QpvDescription {
  code: string;
  nom: string;
  commune: string;
  insee: string[];
  departement: string;
  departementNom: string;
  zone: QpvZone;
}

/** One validated QPV, ready for the spatial index. */
export interface QpvRecord extends QpvDescription {
  generation: string;
  geometry: QpvGeometry;
  bbox: BBox;
}

/**
 * What results and messages need to know about a QPV, without the geometry, so that relations
 * computed in a Web Worker stay cheap to post back to the page.
 */
export type QpvSummary = Pick<
  QpvRecord,
  'code' | 'nom' | 'commune' | 'insee' | 'departement' | 'zone'
>;

/** Why one feature was left out. */
export interface QpvFeatureIssue {
  /** 0-based position in `features`; -1 when the whole document is unusable. */
  index: number;
  /** The feature's code when it could be read, so the message can name the QPV. */
  code: string | null;
  field: string;
  message: string;
}

export interface QpvParseResult {
  records: QpvRecord[];
  issues: QpvFeatureIssue[];
}

export function toQpvSummary(record: QpvRecord): QpvSummary {
  const { code, nom, commune, insee, departement, zone } = record;
  return { code, nom, commune, insee, departement, zone };
}

/** A reason to leave one feature out: which property, and why (in French, like src/data). */
export class FeatureError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requiredString(props: Record<string, unknown>, field: string): string {
  const value = props[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new FeatureError(field, 'texte non vide attendu');
  }
  return value.trim();
}

/** Descriptive fields that the analysis does not depend on may be missing. */
function optionalString(props: Record<string, unknown>, field: string): string {
  const value = props[field];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new FeatureError(field, 'texte attendu');
  return value.trim();
}

function readZone(props: Record<string, unknown>): QpvZone {
  const value = props['zone'];
  if (value === 'metropole' || value === 'outre-mer') return value;
  throw new FeatureError('zone', "'metropole' ou 'outre-mer' attendu");
}

function checkPosition(value: unknown, bbox: number[]): void {
  if (!Array.isArray(value) || value.length < 2) {
    throw new FeatureError('geometry', 'position [lon, lat] attendue');
  }
  const lon: unknown = value[0];
  const lat: unknown = value[1];
  if (typeof lon !== 'number' || typeof lat !== 'number') {
    throw new FeatureError('geometry', 'coordonnées numériques attendues');
  }
  if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
    throw new FeatureError('geometry', `coordonnées hors WGS84 : ${lon}, ${lat}`);
  }
  if (lon < bbox[0]!) bbox[0] = lon;
  if (lat < bbox[1]!) bbox[1] = lat;
  if (lon > bbox[2]!) bbox[2] = lon;
  if (lat > bbox[3]!) bbox[3] = lat;
}

/**
 * Checked in place rather than copied: the full file has 200,000 positions and the parsed JSON
 * is not used afterwards, so records share its arrays.
 */
function readRing(value: unknown, bbox: number[]): Position[] {
  if (!Array.isArray(value) || value.length < 4) {
    throw new FeatureError('geometry', 'anneau de 4 positions au moins attendu');
  }
  for (const p of value) checkPosition(p, bbox);
  const ring = value as Position[];
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  // An open ring would make point-in-polygon and edge distances silently skip one side.
  if (first[0] !== last[0] || first[1] !== last[1]) {
    throw new FeatureError('geometry', 'anneau non fermé');
  }
  return ring;
}

function readPolygonCoordinates(value: unknown, bbox: number[]): Position[][] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new FeatureError('geometry', 'polygone sans anneau');
  }
  return value.map((ring) => readRing(ring, bbox));
}

function readGeometry(value: unknown): { geometry: QpvGeometry; bbox: BBox } {
  if (!isObject(value)) throw new FeatureError('geometry', 'géométrie absente');
  const bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const { type, coordinates } = value;
  let geometry: QpvGeometry;
  if (type === 'Polygon') {
    geometry = { type, coordinates: readPolygonCoordinates(coordinates, bbox) };
  } else if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) {
      throw new FeatureError('geometry', 'multipolygone vide');
    }
    geometry = { type, coordinates: coordinates.map((p) => readPolygonCoordinates(p, bbox)) };
  } else {
    throw new FeatureError('geometry', `Polygon ou MultiPolygon attendu, reçu ${String(type)}`);
  }
  return { geometry, bbox: [bbox[0]!, bbox[1]!, bbox[2]!, bbox[3]!] };
}

/**
 * The feature's properties as a QpvDescription. The contours file must name the communes by
 * INSEE code (the analysis matches on them); the points file may leave them out.
 */
export function readQpvDescription(
  feature: unknown,
  inseeRequired: boolean,
): { props: Record<string, unknown>; geometry: unknown; description: QpvDescription } {
  if (!isObject(feature) || feature['type'] !== 'Feature') {
    throw new FeatureError('type', 'Feature attendue');
  }
  const props = feature['properties'];
  if (!isObject(props)) throw new FeatureError('properties', 'propriétés absentes');
  const insee = (inseeRequired ? requiredString(props, 'insee') : optionalString(props, 'insee'))
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return {
    props,
    geometry: feature['geometry'],
    description: {
      code: requiredString(props, 'code'),
      nom: requiredString(props, 'nom'),
      commune: requiredString(props, 'commune'),
      insee,
      departement: requiredString(props, 'departement'),
      departementNom: optionalString(props, 'departement_nom'),
      zone: readZone(props),
    },
  };
}

function readFeature(feature: unknown): QpvRecord {
  const { props, geometry, description } = readQpvDescription(feature, true);
  return {
    ...description,
    generation: optionalString(props, 'generation'),
    ...readGeometry(geometry),
  };
}

function codeOf(feature: unknown): string | null {
  if (!isObject(feature) || !isObject(feature['properties'])) return null;
  const code = feature['properties']['code'];
  return typeof code === 'string' && code !== '' ? code : null;
}

/**
 * Reads every feature of a QPV FeatureCollection with `read`. A bad feature is left out and
 * reported, so that one broken QPV does not take the others down with it; codes identify QPVs
 * across files and in ptce.csv, so a duplicate is reported too.
 */
export function readQpvFeatures<T extends { code: string }>(
  json: unknown,
  read: (feature: unknown) => T,
): { items: T[]; issues: QpvFeatureIssue[] } {
  if (!isObject(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features'])) {
    return {
      items: [],
      issues: [{ index: -1, code: null, field: 'type', message: 'FeatureCollection attendue' }],
    };
  }
  const items: T[] = [];
  const issues: QpvFeatureIssue[] = [];
  const seen = new Set<string>();
  json['features'].forEach((feature: unknown, index) => {
    try {
      const item = read(feature);
      if (seen.has(item.code)) throw new FeatureError('code', 'code en double');
      seen.add(item.code);
      items.push(item);
    } catch (e) {
      if (!(e instanceof FeatureError)) throw e;
      issues.push({ index, code: codeOf(feature), field: e.field, message: e.message });
    }
  });
  return { items, issues };
}

/** Turns a parsed QPV GeoJSON document into typed records with their polygons. */
export function parseQpvCollection(json: unknown): QpvParseResult {
  const { items, issues } = readQpvFeatures(json, readFeature);
  return { records: items, issues };
}
