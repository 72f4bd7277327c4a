import Papa from 'papaparse';

/** A commune (or a municipal arrondissement) and the centre geo.api.gouv.fr gives for it. */
export interface CommuneCentre {
  insee: string;
  dept: string;
  nom: string;
  lon: number;
  lat: number;
}

export interface CommuneLookup {
  byInsee(code: string): CommuneCentre | undefined;
  byPostcode(postcode: string): CommuneCentre[];
  byName(name: string): CommuneCentre[];
  byPrefix(prefix: string, limit: number): CommuneCentre[];
}

/** Case, accents, hyphens and apostrophes do not matter when looking a name up. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-'’\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

function rows(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** `insee,dept,lon,lat,name`; a row without a usable code or centre is skipped. */
export function parseCommuneCentres(text: string): CommuneCentre[] {
  const out: CommuneCentre[] = [];
  for (const r of rows(text)) {
    const lon = Number(r['lon']);
    const lat = Number(r['lat']);
    const insee = (r['insee'] ?? '').trim();
    const nom = (r['name'] ?? '').trim();
    if (!/^[0-9][0-9AB][0-9]{3}$/.test(insee) || !nom) continue;
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || r['lon'] === '' || r['lat'] === '')
      continue;
    out.push({ insee, dept: (r['dept'] ?? '').trim(), nom, lon, lat });
  }
  return out;
}

/** `insee,cp,cps_alt`: main postcode, then the others separated by "|" or spaces. */
export function parsePostcodes(text: string): Map<string, string[]> {
  const byPostcode = new Map<string, string[]>();
  for (const r of rows(text)) {
    const insee = (r['insee'] ?? '').trim();
    const codes = [r['cp'] ?? '', ...(r['cps_alt'] ?? '').split(/[|\s]+/)]
      .map((c) => c.trim())
      .filter((c) => /^\d{5}$/.test(c));
    for (const cp of new Set(codes)) {
      const list = byPostcode.get(cp) ?? [];
      list.push(insee);
      byPostcode.set(cp, list);
    }
  }
  return byPostcode;
}

export function createCommuneLookup(
  centres: readonly CommuneCentre[],
  postcodes: ReadonlyMap<string, string[]>,
): CommuneLookup {
  const byInsee = new Map(centres.map((c) => [c.insee, c]));
  const folded = centres
    .map((c) => ({ key: foldName(c.nom), commune: c }))
    .sort((a, b) => a.key.localeCompare(b.key) || a.commune.insee.localeCompare(b.commune.insee));
  return {
    byInsee: (code) => byInsee.get(code.toUpperCase()),
    byPostcode: (cp) =>
      (postcodes.get(cp) ?? []).flatMap((insee) => {
        const c = byInsee.get(insee);
        return c ? [c] : [];
      }),
    byName: (name) => {
      const key = foldName(name);
      return folded.filter((f) => f.key === key).map((f) => f.commune);
    },
    byPrefix: (prefix, limit) => {
      const key = foldName(prefix);
      if (key === '') return [];
      const out: CommuneCentre[] = [];
      for (const f of folded) {
        if (f.key.startsWith(key)) out.push(f.commune);
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}
