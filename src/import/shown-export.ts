import type { Geometry } from 'geojson';
import type { Pole } from '../data/types';
import {
  placeProperties,
  SITE_CSV_COLUMNS,
  toCsvBytes,
  toGeoJson,
  type CsvColumn,
  type ExportedPlace,
} from './export';
import type { Lang } from './messages';
import type { ImportedSite } from './types';

/**
 * "Exporter": what the map shows, reference poles and imported sites alike, in
 * one table. The columns are those of an imported file, so an export imports
 * back as a layer with the same mapping; `couche` says where each row came from.
 */

/** A row of "Exporter": a place and the layer it comes from. */
export interface ShownRecord extends ExportedPlace {
  couche: string;
  geometry: Geometry | null;
}

const REFERENCE_LAYER: Record<Lang, string> = {
  fr: 'PTCE lauréats (référence)',
  en: 'PTCE laureates (reference)',
};

export function poleRecord(pole: Pole, lang: Lang): ShownRecord {
  return {
    couche: REFERENCE_LAYER[lang],
    nom: pole.nom,
    lat: pole.lat,
    lon: pole.lon,
    precision: pole.precision,
    commune: pole.commune,
    codeInsee: pole.codeInsee,
    codePostal: '',
    departement: pole.departement,
    adresse: pole.adresse,
    secteurs: pole.secteurs,
    siteWeb: pole.siteWeb,
    description: pole.description,
    geometry: null,
  };
}

export function siteRecord(site: ImportedSite, layerName: string): ShownRecord {
  return {
    couche: layerName,
    nom: site.nom,
    lat: site.lat,
    lon: site.lon,
    precision: site.precision,
    commune: site.commune,
    codeInsee: site.codeInsee,
    codePostal: site.codePostal,
    departement: site.departement,
    adresse: site.adresse,
    secteurs: site.secteurs,
    siteWeb: site.siteWeb,
    description: site.description,
    geometry: site.geometry,
  };
}

export const SHOWN_CSV_COLUMNS: readonly CsvColumn<ShownRecord>[] = [
  { header: 'couche', value: (r) => r.couche },
  ...SITE_CSV_COLUMNS,
];

/** UTF-8 with BOM, `;` and decimal commas (French Excel); formulas neutralised by toCsv. */
export function shownToCsv(records: readonly ShownRecord[]): Uint8Array {
  return toCsvBytes(records, SHOWN_CSV_COLUMNS);
}

/** A FeatureCollection; records without a position (unlocated poles) get a null geometry. */
export function shownToGeoJson(records: readonly ShownRecord[]): Uint8Array {
  const collection = toGeoJson(records, {
    point: (r) => (r.lat !== null && r.lon !== null ? [r.lon, r.lat] : null),
    geometry: (r) => r.geometry,
    properties: (r) => ({ couche: r.couche, ...placeProperties(r) }),
  });
  return new TextEncoder().encode(JSON.stringify(collection));
}
