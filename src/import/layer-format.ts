import type { Geometry } from 'geojson';
import type { LocationPrecision } from '../data/types';
import type { ColumnMapping, ColumnRole } from './guess-columns';
import { COLUMN_ROLES } from './guess-columns';
import type { ImportResult, ImportSummary } from './import-file';
import type { CustomSector } from './match-sectors';
import type { ImportIssue } from './messages';
import type { ImportedSite } from './types';

/**
 * An imported file kept by the user as a map layer, and its stored form. What
 * comes back from storage is checked field by field: it may have been written
 * by an older version of the app, or edited in the browser's dev tools.
 */

export interface ImportedLayer {
  id: string;
  /** Shown in the layer list; the file name by default. */
  name: string;
  fileName: string;
  /** ISO 8601. */
  importedAt: string;
  sites: ImportedSite[];
  customSectors: CustomSector[];
  summary: ImportSummary;
  issues: ImportIssue[];
  mapping: ColumnMapping;
}

export interface LayerMeta {
  id: string;
  name: string;
  fileName: string;
  importedAt: string;
  siteCount: number;
}

export const LAYER_FORMAT_VERSION = 1;

export interface StoredLayer {
  version: typeof LAYER_FORMAT_VERSION;
  layer: ImportedLayer;
}

export function createLayer(
  result: ImportResult,
  fileName: string,
  options: { id?: string; name?: string; now?: Date } = {},
): ImportedLayer {
  const now = options.now ?? new Date();
  return {
    id:
      options.id ?? `layer-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name: options.name ?? fileName,
    fileName,
    importedAt: now.toISOString(),
    sites: result.sites,
    customSectors: result.customSectors,
    summary: result.summary,
    issues: result.issues,
    mapping: result.mapping,
  };
}

export function layerMeta(layer: ImportedLayer): LayerMeta {
  return {
    id: layer.id,
    name: layer.name,
    fileName: layer.fileName,
    importedAt: layer.importedAt,
    siteCount: layer.sites.length,
  };
}

/** Plain data only (no prototypes, no undefined), safe for IndexedDB and JSON alike. */
export function serializeLayer(layer: ImportedLayer): StoredLayer {
  return {
    version: LAYER_FORMAT_VERSION,
    layer: JSON.parse(JSON.stringify(layer)) as ImportedLayer,
  };
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

const PRECISIONS: readonly LocationPrecision[] = [
  'exacte',
  'quartier',
  'commune',
  'departement',
  'inconnue',
];
const GEOMETRY_TYPES = new Set([
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);

function readGeometry(v: unknown): Geometry | null {
  if (!isObj(v) || typeof v.type !== 'string' || !GEOMETRY_TYPES.has(v.type)) return null;
  return Array.isArray(v.coordinates) ? (v as unknown as Geometry) : null;
}

function readRecord(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObj(v)) return out;
  for (const [k, value] of Object.entries(v)) if (typeof value === 'string') out[k] = value;
  return out;
}

function readLists(v: unknown): Record<string, string[]> | null {
  if (!isObj(v)) return null;
  const out: Record<string, string[]> = {};
  for (const [k, value] of Object.entries(v)) {
    const items = strings(value);
    if (items.length > 0) out[k] = items;
  }
  return Object.keys(out).length > 0 ? out : null;
}

function readSite(v: unknown): ImportedSite | null {
  if (!isObj(v)) return null;
  const lat = num(v.lat);
  const lon = num(v.lon);
  const row = num(v.row);
  if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  const precision = PRECISIONS.find((p) => p === v.precision) ?? 'inconnue';
  const lists = readLists(v.lists);
  return {
    id: str(v.id) || `r${row ?? 0}`,
    row: row ?? 0,
    nom: str(v.nom),
    lat,
    lon,
    precision,
    geometry: readGeometry(v.geometry),
    commune: str(v.commune),
    codeInsee: str(v.codeInsee),
    codePostal: str(v.codePostal),
    departement: str(v.departement),
    adresse: str(v.adresse),
    secteurs: strings(v.secteurs),
    siteWeb: str(v.siteWeb),
    description: str(v.description),
    properties: readRecord(v.properties),
    ...(lists ? { lists } : {}),
  };
}

function readCustomSector(v: unknown): CustomSector | null {
  if (!isObj(v) || typeof v.key !== 'string') return null;
  return {
    key: v.key,
    labelFr: str(v.labelFr),
    labelEn: str(v.labelEn) || str(v.labelFr),
    count: num(v.count) ?? 0,
    rows: (Array.isArray(v.rows) ? v.rows : []).filter((r): r is number => typeof r === 'number'),
  };
}

function readIssue(v: unknown): ImportIssue | null {
  if (!isObj(v) || typeof v.code !== 'string' || !isObj(v.params)) return null;
  if (v.severity !== 'rejected' && v.severity !== 'corrected') return null;
  // Codes from a newer version are kept: the message is there as a fallback.
  const line = num(v.line);
  return {
    ...(line !== null ? { line } : {}),
    row: num(v.row) ?? 0,
    field: str(v.field),
    message: str(v.message),
    severity: v.severity,
    code: v.code,
    params: v.params,
  } as ImportIssue;
}

function readMapping(v: unknown): ColumnMapping {
  const out: ColumnMapping = {};
  if (!isObj(v)) return out;
  for (const role of COLUMN_ROLES as readonly ColumnRole[]) {
    if (typeof v[role] === 'string') out[role] = v[role];
  }
  return out;
}

function compact<T>(items: readonly (T | null)[]): T[] {
  return items.filter((x): x is T => x !== null);
}

/** Rebuilds a layer from storage; null when it is not a layer of a known version. */
export function deserializeLayer(value: unknown): ImportedLayer | null {
  if (!isObj(value) || value.version !== LAYER_FORMAT_VERSION || !isObj(value.layer)) return null;
  const l = value.layer;
  if (typeof l.id !== 'string' || l.id === '' || !Array.isArray(l.sites)) return null;
  const summary = isObj(l.summary) ? l.summary : {};
  const sites = compact(l.sites.map(readSite));
  return {
    id: l.id,
    name: str(l.name) || str(l.fileName) || l.id,
    fileName: str(l.fileName),
    importedAt: str(l.importedAt),
    sites,
    customSectors: compact(
      (Array.isArray(l.customSectors) ? l.customSectors : []).map(readCustomSector),
    ),
    summary: {
      dataRows: num(summary.dataRows) ?? sites.length,
      imported: num(summary.imported) ?? sites.length,
      rejected: num(summary.rejected) ?? 0,
      corrected: num(summary.corrected) ?? 0,
    },
    issues: compact((Array.isArray(l.issues) ? l.issues : []).map(readIssue)),
    mapping: readMapping(l.mapping),
  };
}
