import Papa from 'papaparse';
import { fold } from '../search/normalize';
import { fetchDataText } from './fetch-data';

// A minimal commune lookup for the search box. The import feature is writing the full
// src/data/communes.ts (INSEE and postcode lookups for geocoding files); once it lands, the
// search should use it and this file should go.

export interface Commune {
  insee: string;
  dept: string;
  name: string;
  lat: number;
  lon: number;
  /** Main postcode first. */
  postcodes: string[];
  folded: string;
}

function rows(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** Joins the centres and the postcodes by INSEE code; rows without a usable centre are left out. */
export function parseCommunes(centresCsv: string, postcodesCsv: string): Commune[] {
  const postcodes = new Map<string, string[]>();
  for (const r of rows(postcodesCsv)) {
    if (!r.insee || !r.cp) continue;
    postcodes.set(r.insee, [r.cp, ...(r.cps_alt ? r.cps_alt.split('|') : [])]);
  }
  const out: Commune[] = [];
  for (const r of rows(centresCsv)) {
    const lat = Number(r.lat);
    const lon = Number(r.lon);
    if (!r.insee || !r.name || !r.lat || !r.lon || !Number.isFinite(lat) || !Number.isFinite(lon))
      continue;
    out.push({
      insee: r.insee,
      dept: r.dept ?? '',
      name: r.name,
      lat,
      lon,
      postcodes: postcodes.get(r.insee) ?? [],
      folded: fold(r.name),
    });
  }
  return out;
}

export interface CommuneHit {
  commune: Commune;
  /** The postcode that matched, when the query was a postcode. */
  postcode: string | null;
}

/**
 * Communes whose name starts with the query (accent-, case- and punctuation-insensitive), or,
 * for digits, whose postcode starts with them. Exact matches first, then shorter names.
 */
export function searchCommunes(
  communes: readonly Commune[],
  query: string,
  limit = 6,
): CommuneHit[] {
  const q = query.trim();
  if (/^\d{2,5}$/.test(q)) {
    const hits: (CommuneHit & { exact: boolean })[] = [];
    for (const commune of communes) {
      const postcode = commune.postcodes.find((p) => p.startsWith(q));
      if (postcode) hits.push({ commune, postcode, exact: postcode === q });
    }
    return hits
      .sort(
        (a, b) =>
          Number(b.exact) - Number(a.exact) ||
          a.postcode!.localeCompare(b.postcode!) ||
          a.commune.name.localeCompare(b.commune.name, 'fr'),
      )
      .slice(0, limit)
      .map(({ commune, postcode }) => ({ commune, postcode }));
  }
  const folded = fold(q);
  if (folded.length < 2) return [];
  return communes
    .filter((c) => c.folded.startsWith(folded))
    .sort(
      (a, b) =>
        Number(b.folded === folded) - Number(a.folded === folded) ||
        a.folded.length - b.folded.length ||
        a.name.localeCompare(b.name, 'fr'),
    )
    .slice(0, limit)
    .map((commune) => ({ commune, postcode: null }));
}

let loading: Promise<Commune[]> | null = null;

/** Fetches the two commune files once, on first use; a failure lets the next call retry. */
export function loadCommunes(): Promise<Commune[]> {
  loading ??= Promise.all([
    fetchDataText('communes-centres.csv'),
    fetchDataText('communes-codes-postaux.csv'),
  ]).then(
    ([centres, postcodes]) => parseCommunes(centres, postcodes),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}
