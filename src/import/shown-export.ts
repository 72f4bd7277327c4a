import type { Geometry } from 'geojson';
import { DATA_LICENCE, DATA_LICENCE_URL } from '../data/export-meta';
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
  /** The wave (`appel` code) of a reference pole, and its label; empty for an imported site. */
  appel: string;
  appelLibelle: string;
  /** The pole's sources (URLs); an imported site has none of ours. */
  sources: readonly string[];
  /** The licence of the row's data: ours for a reference pole, unknown (empty) for a user's. */
  licence: string;
  /** The date of the data of a reference pole (YYYY-MM-DD), empty for an imported site. */
  dateDonnees: string;
}

/** What the file says about the reference data: the date, and each wave's label when known. */
export interface ExportMeta {
  dataDate: string;
  /** Labels by `appel` code, in the export's language; a code without one is written alone. */
  appelLabels: Readonly<Record<string, string>>;
}

export const NO_EXPORT_META: ExportMeta = { dataDate: '', appelLabels: {} };

const REFERENCE_LAYER: Record<Lang, string> = {
  fr: 'PTCE lauréats (référence)',
  en: 'PTCE laureates (reference)',
};

export function poleRecord(pole: Pole, lang: Lang, meta: ExportMeta = NO_EXPORT_META): ShownRecord {
  return {
    appel: pole.appel,
    appelLibelle: meta.appelLabels[pole.appel] ?? '',
    sources: pole.sources,
    licence: DATA_LICENCE,
    dateDonnees: meta.dataDate,
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
    appel: '',
    appelLibelle: '',
    sources: [],
    licence: '',
    dateDonnees: '',
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

/**
 * After the place's columns, so that a file imports back with the same mapping: the wave, the
 * sources (separated by " | ", as the sectors), and on every row the licence and date of its
 * data. A CSV has no standard place for a file's own metadata (a comment line breaks
 * spreadsheets), so they go in columns, which survive sorting and copying rows, and the date is
 * in the file's name too.
 */
export const SHOWN_CSV_COLUMNS: readonly CsvColumn<ShownRecord>[] = [
  { header: 'couche', value: (r) => r.couche },
  ...SITE_CSV_COLUMNS,
  { header: 'appel', value: (r) => r.appel },
  { header: 'appel_libelle', value: (r) => r.appelLibelle },
  { header: 'sources', value: (r) => r.sources.join(' | ') },
  { header: 'licence', value: (r) => r.licence },
  { header: 'date_donnees', value: (r) => r.dateDonnees },
];

/** UTF-8 with BOM, `;` and decimal commas (French Excel); formulas neutralised by toCsv. */
export function shownToCsv(records: readonly ShownRecord[]): Uint8Array {
  return toCsvBytes(records, SHOWN_CSV_COLUMNS);
}

/**
 * A FeatureCollection; records without a position (unlocated poles) get a null geometry. The
 * licence and date of the reference data are top-level members (`licence`, `date_donnees`,
 * RFC 7946 §6.1 "foreign members"), and each feature also carries its own.
 */
export function shownToGeoJson(
  records: readonly ShownRecord[],
  meta: ExportMeta = NO_EXPORT_META,
): Uint8Array {
  const collection = toGeoJson(records, {
    point: (r) => (r.lat !== null && r.lon !== null ? [r.lon, r.lat] : null),
    geometry: (r) => r.geometry,
    properties: (r) => ({
      couche: r.couche,
      ...placeProperties(r),
      appel: r.appel,
      appel_libelle: r.appelLibelle,
      sources: r.sources,
      licence: r.licence,
      date_donnees: r.dateDonnees,
    }),
  });
  const document = {
    type: collection.type,
    name: 'Carte des PTCE',
    licence: DATA_LICENCE,
    licence_url: DATA_LICENCE_URL,
    date_donnees: meta.dataDate,
    features: collection.features,
  };
  return new TextEncoder().encode(JSON.stringify(document));
}
