import { SUPPORTED_GEOMETRY_TYPES } from './check-geometry';
import { parseCrs, type CrsCode } from './coordinates';

/**
 * Reads a JSON document into rows: a GeoJSON FeatureCollection, a single
 * Feature, a bare geometry, an array of Features, or (as a convenience) an
 * array of flat records such as an API export. Geometries are not checked here
 * (check-geometry does that per feature, so one bad feature rejects one row).
 */

export interface JsonRow {
  /** 1-based feature (or record) number: the "row" of every issue about it. */
  row: number;
  /** Property values aligned with `columns`, flattened to plain text. */
  values: string[];
  /** The raw geometry member; undefined for plain records. */
  geometry: unknown;
  /** False when the item is not a Feature object at all. */
  wellFormed: boolean;
  /** Cells that held a JSON array, element by element, by column position. */
  lists?: ReadonlyMap<number, readonly string[]>;
}

export interface JsonTable {
  kind: 'geojson' | 'records';
  columns: string[];
  rows: JsonRow[];
  /** CRS declared by the legacy `crs` member, when there is one. */
  crs: { name: string; code: CrsCode | null } | null;
}

export type JsonParseResult =
  | ({ ok: true } & JsonTable)
  | { ok: false; error: 'invalid_json'; line?: number; column?: number }
  | { ok: false; error: 'not_geojson'; found: string };

// A bare GeometryCollection is still GeoJSON: read, then reported as unsupported per feature.
const GEOMETRY_TYPES = new Set([...SUPPORTED_GEOMETRY_TYPES, 'GeometryCollection']);

const MAX_CELL = 10_000;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Property values become plain text; arrays (e.g. a list of sectors) are joined with " | ". */
export function flattenValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value
      .map(flattenValue)
      .filter((v) => v !== '')
      .join(' | ');
  }
  try {
    return JSON.stringify(value).slice(0, MAX_CELL);
  } catch {
    return '';
  }
}

function errorPosition(message: string, text: string): { line?: number; column?: number } {
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/i.exec(message);
  const offset = pos ? Number(pos[1]) : /unexpected end/i.test(message) ? text.length : null;
  if (offset === null) return {};
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Legacy GeoJSON 2008 `crs`: {type: "name", properties: {name}} or {type: "EPSG", properties: {code}}. */
function readCrs(doc: Record<string, unknown>): JsonTable['crs'] {
  const crs = doc.crs;
  if (!isObject(crs) || !isObject(crs.properties)) return null;
  const props = crs.properties;
  const name =
    typeof props.name === 'string'
      ? props.name
      : typeof props.code === 'number' || typeof props.code === 'string'
        ? `EPSG:${props.code}`
        : null;
  if (name === null) return null;
  return { name: name.slice(0, 200), code: parseCrs(name) };
}

/** A short, language-neutral picture of what was found instead ("[…]", "{a, b}", "type": "Topology"). */
function describe(value: unknown): string {
  if (Array.isArray(value)) return '[…]';
  if (value === null) return 'null';
  if (!isObject(value)) return typeof value;
  if (typeof value.type === 'string') return `"type": "${value.type.slice(0, 40)}"`;
  return `{${Object.keys(value).slice(0, 5).join(', ')}}`;
}

function tableFrom(
  kind: JsonTable['kind'],
  items: readonly unknown[],
  crs: JsonTable['crs'],
): JsonTable {
  const columnIndex = new Map<string, number>();
  const columns: string[] = [];
  const propsOf = (item: unknown): Record<string, unknown> | null => {
    if (!isObject(item)) return null;
    if (kind === 'records') return item;
    return isObject(item.properties) ? item.properties : null;
  };
  for (const item of items) {
    const props = propsOf(item);
    if (!props) continue;
    for (const key of Object.keys(props)) {
      if (!columnIndex.has(key)) {
        columnIndex.set(key, columns.length);
        columns.push(key);
      }
    }
  }
  const rows: JsonRow[] = items.map((item, i) => {
    const props = propsOf(item);
    const values = new Array<string>(columns.length).fill('');
    let lists: Map<number, string[]> | undefined;
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        const index = columnIndex.get(key)!;
        values[index] = flattenValue(value);
        if (Array.isArray(value)) {
          lists ??= new Map();
          lists.set(
            index,
            value.map(flattenValue).filter((v) => v !== ''),
          );
        }
      }
    }
    const wellFormed =
      kind === 'records' ? isObject(item) : isObject(item) && item.type === 'Feature';
    const geometry = kind === 'geojson' && isObject(item) ? item.geometry : undefined;
    return { row: i + 1, values, geometry, wellFormed, ...(lists ? { lists } : {}) };
  });
  return { kind, columns, rows, crs };
}

export function parseGeoJson(text: string): JsonParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, error: 'invalid_json', ...errorPosition(String(e), text) };
  }

  if (Array.isArray(doc)) {
    const features = doc.filter((f) => isObject(f) && f.type === 'Feature').length;
    if (doc.length > 0 && features >= doc.length / 2) {
      return { ok: true, ...tableFrom('geojson', doc, null) };
    }
    if (doc.length > 0 && doc.every(isObject)) {
      return { ok: true, ...tableFrom('records', doc, null) };
    }
    return { ok: false, error: 'not_geojson', found: describe(doc) };
  }
  if (!isObject(doc)) return { ok: false, error: 'not_geojson', found: describe(doc) };

  const crs = readCrs(doc);
  if (doc.type === 'FeatureCollection') {
    if (!Array.isArray(doc.features)) {
      return {
        ok: false,
        error: 'not_geojson',
        found: '"type": "FeatureCollection", no "features"',
      };
    }
    return { ok: true, ...tableFrom('geojson', doc.features, crs) };
  }
  if (doc.type === 'Feature') return { ok: true, ...tableFrom('geojson', [doc], crs) };
  if (typeof doc.type === 'string' && GEOMETRY_TYPES.has(doc.type)) {
    const feature = { type: 'Feature', properties: {}, geometry: doc };
    return { ok: true, ...tableFrom('geojson', [feature], crs) };
  }
  return { ok: false, error: 'not_geojson', found: describe(doc) };
}
