import type { Feature, FeatureCollection, Geometry } from 'geojson';
import Papa from 'papaparse';
import { CUSTOM_SECTOR_PREFIX } from './match-sectors';
import type { ImportedSite } from './types';

export type CellValue = string | number | boolean | null | undefined | readonly string[];

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CellValue;
  /**
   * Numeric column (coordinates): a number, or a string that is a plain number,
   * is written as a number, so "-1.55" is not taken for a formula and escaped.
   */
  numeric?: boolean;
}

export interface CsvExportOptions {
  /** ';' (default, what French Excel expects) or ','. */
  delimiter?: ';' | ',';
  /** Decimal comma in numbers; defaults to true with ';' and false with ','. */
  decimalComma?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

/**
 * A cell starting with = + - @ tab or CR is run as a formula by spreadsheets
 * (CSV injection); a leading apostrophe makes them show it as text.
 */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function formatNumber(n: number, decimalComma: boolean): string {
  if (!Number.isFinite(n)) return '';
  const text = String(n);
  return decimalComma ? text.replace('.', ',') : text;
}

function cell(value: CellValue, numeric: boolean, decimalComma: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, decimalComma);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = typeof value === 'string' ? value : value.join(' | ');
  if (numeric && PLAIN_NUMBER.test(text.trim())) {
    const n = Number(text.trim().replace(',', '.'));
    return formatNumber(n, decimalComma);
  }
  return neutralizeFormula(text);
}

/** Generic CSV export (CRLF line ends, quotes only where needed). */
export function toCsv<T>(
  rows: readonly T[],
  columns: readonly CsvColumn<T>[],
  options: CsvExportOptions = {},
): string {
  const delimiter = options.delimiter ?? ';';
  const decimalComma = options.decimalComma ?? delimiter === ';';
  const data = rows.map((row) =>
    columns.map((c) => cell(c.value(row), c.numeric === true, decimalComma)),
  );
  return Papa.unparse(
    { fields: columns.map((c) => neutralizeFormula(c.header)), data },
    { delimiter, newline: '\r\n' },
  );
}

/** UTF-8 with a BOM: without it Excel reads UTF-8 as Windows-1252 and garbles accents. */
export function toCsvBytes<T>(
  rows: readonly T[],
  columns: readonly CsvColumn<T>[],
  options: CsvExportOptions = {},
): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${toCsv(rows, columns, options)}`);
}

/** Custom keys lose their prefix, so that re-importing the file gives the same key back. */
export function exportSectorKey(key: string): string {
  return key.startsWith(CUSTOM_SECTOR_PREFIX) ? key.slice(CUSTOM_SECTOR_PREFIX.length) : key;
}

/**
 * What both exports write about a place, an imported site or a shown pole: the fields of an
 * imported site, the position possibly missing (an unlocated pole).
 */
export interface ExportedPlace extends Pick<
  ImportedSite,
  | 'nom'
  | 'commune'
  | 'codeInsee'
  | 'codePostal'
  | 'departement'
  | 'adresse'
  | 'secteurs'
  | 'siteWeb'
  | 'description'
> {
  lat: number | null;
  lon: number | null;
  precision: string;
}

/** Standard columns for places; they import back with the same mapping. */
export const SITE_CSV_COLUMNS: readonly CsvColumn<ExportedPlace>[] = [
  { header: 'nom', value: (s) => s.nom },
  { header: 'latitude', value: (s) => s.lat, numeric: true },
  { header: 'longitude', value: (s) => s.lon, numeric: true },
  { header: 'precision', value: (s) => s.precision },
  { header: 'commune', value: (s) => s.commune },
  { header: 'code_insee', value: (s) => s.codeInsee },
  { header: 'code_postal', value: (s) => s.codePostal },
  { header: 'departement', value: (s) => s.departement },
  { header: 'adresse', value: (s) => s.adresse },
  { header: 'secteurs', value: (s) => s.secteurs.map(exportSectorKey).join('|') },
  { header: 'site_web', value: (s) => s.siteWeb },
  { header: 'description', value: (s) => s.description },
];

export type JsonPropertyValue = string | number | boolean | null | readonly string[];

export interface GeoJsonSpec<T> {
  /** [lon, lat] for a point feature, or null when the record has no position. */
  point: (row: T) => readonly [number, number] | null;
  /** A full geometry that takes precedence over the point. */
  geometry?: (row: T) => Geometry | null;
  properties: (row: T) => Record<string, JsonPropertyValue>;
}

/** Generic GeoJSON export; records without a position get a null geometry. */
export function toGeoJson<T>(
  rows: readonly T[],
  spec: GeoJsonSpec<T>,
): FeatureCollection<Geometry | null> {
  const features = rows.map((row): Feature<Geometry | null> => {
    const full = spec.geometry?.(row) ?? null;
    const p = full ? null : spec.point(row);
    const geometry = full ?? (p ? { type: 'Point' as const, coordinates: [p[0], p[1]] } : null);
    return { type: 'Feature', geometry, properties: spec.properties(row) };
  });
  return { type: 'FeatureCollection', features };
}

export function sitesToGeoJson(sites: readonly ImportedSite[]): FeatureCollection<Geometry | null> {
  return toGeoJson(sites, {
    point: (s) => [s.lon, s.lat],
    geometry: (s) => s.geometry,
    properties: placeProperties,
  });
}

/** The GeoJSON properties of a place: the CSV columns, with sectors as an array. */
export function placeProperties(p: ExportedPlace): Record<string, JsonPropertyValue> {
  return {
    nom: p.nom,
    precision: p.precision,
    commune: p.commune,
    code_insee: p.codeInsee,
    code_postal: p.codePostal,
    departement: p.departement,
    adresse: p.adresse,
    secteurs: p.secteurs.map(exportSectorKey),
    site_web: p.siteWeb,
    description: p.description,
    latitude: p.lat,
    longitude: p.lon,
  };
}
