import type { Geometry } from 'geojson';
import type { LocationPrecision } from '../data/types';

/**
 * One located row of a user's file. Field names follow `Pole` (src/data/types.ts)
 * where they mean the same thing, so the panels can show both. Every string is
 * plain text from the file: render it as text, never as HTML.
 */
export interface ImportedSite {
  /** Unique within one import: "r12" (CSV row 12) or "f3" (GeoJSON feature 3). */
  id: string;
  /** Spreadsheet row (header = 1) or 1-based feature number: what issues refer to. */
  row: number;
  /** May be empty when the file has no name column or the cell is empty. */
  nom: string;
  /** Marker position, WGS84. */
  lat: number;
  lon: number;
  /** 'exacte' for coordinates from the file, 'commune' when placed at a commune centre. */
  precision: LocationPrecision;
  /** Non-point GeoJSON geometry (WGS84); null for points and CSV rows. */
  geometry: Geometry | null;
  commune: string;
  codeInsee: string;
  codePostal: string;
  departement: string;
  adresse: string;
  /** Keys from secteurs.csv, or CUSTOM_SECTOR_PREFIX + slug for sectors not in it. */
  secteurs: string[];
  /** A validated http(s) URL, or ''. */
  siteWeb: string;
  description: string;
  /** Every non-empty cell of the row by column name (cleaned plain text), for popups and export. */
  properties: Record<string, string>;
  /** JSON input: the cells that held an array (postcodes…), element by element, by column name. */
  lists?: Record<string, string[]>;
}
