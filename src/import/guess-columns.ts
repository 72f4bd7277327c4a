import { parseCoordinatePair, parseNumber, resolvePoint } from './coordinates';
import { hasLocation } from './has-location';
import { normalizeHeader } from './normalize';

/** What a column can mean to the importer. */
export type ColumnRole =
  | 'name'
  | 'latitude'
  | 'longitude'
  | 'coordinates'
  | 'crs'
  | 'commune'
  | 'insee'
  | 'postcode'
  | 'department'
  | 'sectors'
  | 'website'
  | 'description'
  | 'address';

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'name',
  'latitude',
  'longitude',
  'coordinates',
  'crs',
  'commune',
  'insee',
  'postcode',
  'department',
  'sectors',
  'website',
  'description',
  'address',
];

/**
 * Role → column name as written in the file's header (or GeoJSON property key).
 * The UI's mapping step edits this object and passes it back as the override.
 */
export type ColumnMapping = Partial<Record<ColumnRole, string>>;

export type UnsureReason =
  | { code: 'no_name_column' }
  | { code: 'no_location_column' }
  | { code: 'xy_ambiguous'; columns: [string, string] }
  | { code: 'several_candidates'; role: ColumnRole; columns: string[] }
  | { code: 'values_mismatch'; role: ColumnRole; column: string };

export interface ColumnGuess {
  mapping: ColumnMapping;
  /** True when a person should glance at the mapping before trusting the import. */
  unsure: boolean;
  reasons: UnsureReason[];
}

interface RoleRule {
  /** Whole header equal to one of these (normalised) → strong match. */
  exact: string[];
  /** A header containing one of these words → weaker match. */
  words: string[];
  /** A header containing one of these words is never this role. */
  exclude?: string[];
}

const RULES: Record<ColumnRole, RoleRule> = {
  name: {
    exact: [
      'nom',
      'name',
      'titre',
      'title',
      'intitule',
      'libelle',
      'denomination',
      'raison sociale',
      'nom du pole',
      'nom du ptce',
      'nom ptce',
      'nom du site',
      'nom structure',
      'nom de la structure',
      'site name',
      'label',
    ],
    words: ['nom', 'name', 'titre', 'title', 'intitule', 'denomination', 'libelle'],
    exclude: [
      'commune',
      'ville',
      'city',
      'town',
      'porteur',
      'fichier',
      'file',
      'departement',
      'region',
      'quartier',
      'contact',
      'responsable',
      'prenom',
      'rue',
      'voie',
      'secteur',
      'sector',
      'code',
    ],
  },
  latitude: {
    exact: ['latitude', 'lat', 'y', 'coord y', 'coordonnee y', 'y wgs84', 'y l93', 'y lambert93'],
    words: ['latitude', 'lat', 'y'],
    exclude: ['longitude', 'lon', 'lng', 'x'],
  },
  longitude: {
    exact: [
      'longitude',
      'lon',
      'lng',
      'long',
      'x',
      'coord x',
      'coordonnee x',
      'x wgs84',
      'x l93',
      'x lambert93',
    ],
    words: ['longitude', 'lon', 'lng', 'x'],
    exclude: ['latitude', 'lat', 'y'],
  },
  coordinates: {
    exact: [
      'coordonnees',
      'coordinates',
      'coords',
      'geo point',
      'geo point 2d',
      'geopoint',
      'geo point 2 d',
      'latlon',
      'lat lon',
      'lat long',
      'lat lng',
      'position',
      'geolocalisation',
      'coordonnees gps',
      'gps',
      'point',
      'geom',
      'wkt',
    ],
    words: ['coordonnees', 'coordinates', 'geopoint', 'geolocalisation', 'gps'],
  },
  crs: {
    exact: [
      'crs',
      'srid',
      'epsg',
      'srs',
      'projection',
      'systeme',
      'systeme de coordonnees',
      'coordinate system',
    ],
    words: ['epsg', 'srid', 'projection'],
  },
  commune: {
    exact: [
      'commune',
      'ville',
      'city',
      'town',
      'localite',
      'nom commune',
      'nom de la commune',
      'libelle commune',
      'municipality',
      'lieu',
      'nom ville',
      'city name',
    ],
    words: ['commune', 'ville', 'city', 'town', 'localite', 'municipality'],
    exclude: ['code', 'insee', 'cp', 'postal', 'population', 'nombre', 'nb', 'type'],
  },
  insee: {
    exact: [
      'code insee',
      'insee',
      'code commune',
      'code commune insee',
      'code insee commune',
      'codeinsee',
      'codgeo',
      'code geo',
      'cog',
      'citycode',
      'city code',
      'insee code',
      'depcom',
      'com',
    ],
    words: ['insee', 'codgeo', 'depcom'],
  },
  postcode: {
    exact: [
      'code postal',
      'cp',
      'postcode',
      'post code',
      'zip',
      'zipcode',
      'zip code',
      'postal code',
      'code postale',
      'codepostal',
    ],
    words: ['postal', 'postcode', 'zip', 'zipcode', 'cp'],
  },
  department: {
    exact: [
      'departement',
      'dept',
      'dep',
      'dpt',
      'code departement',
      'department',
      'num departement',
      'code dep',
    ],
    words: ['departement', 'department', 'dept'],
    exclude: ['nom', 'name', 'libelle'],
  },
  sectors: {
    exact: [
      'secteur',
      'secteurs',
      'sector',
      'sectors',
      'filiere',
      'filieres',
      'domaine',
      'domaines',
      'thematique',
      'thematiques',
      'categorie',
      'categories',
      'category',
      'theme',
      'themes',
      'activite',
      'activites',
      'secteur d activite',
      'secteurs d activite',
    ],
    words: ['secteur', 'secteurs', 'sector', 'sectors', 'filiere', 'filieres'],
  },
  website: {
    exact: [
      'site web',
      'site',
      'url',
      'website',
      'web',
      'site internet',
      'siteweb',
      'lien',
      'link',
      'homepage',
      'internet',
    ],
    words: ['url', 'web', 'website', 'internet', 'siteweb'],
    exclude: ['nom', 'name'],
  },
  description: {
    exact: [
      'description',
      'desc',
      'presentation',
      'resume',
      'summary',
      'objet',
      'details',
      'commentaire',
      'commentaires',
      'comment',
      'notes',
      'about',
    ],
    words: ['description', 'presentation'],
  },
  address: {
    exact: [
      'adresse',
      'address',
      'adresse postale',
      'rue',
      'voie',
      'street',
      'adresse complete',
      'adresse 1',
      'addr',
      'full address',
    ],
    words: ['adresse', 'address', 'rue', 'street'],
  },
};

const EXACT_SCORE = 100;
const WORD_SCORE = 60;
/** Subtracted when the sample values contradict the role (a "lat" column of text). */
const MISMATCH_PENALTY = 45;

function scoreHeader(role: ColumnRole, header: string): number {
  const rule = RULES[role];
  const key = normalizeHeader(header);
  if (key === '') return 0;
  if (rule.exact.includes(key)) return EXACT_SCORE;
  const words = key.split(' ');
  if (rule.exclude?.some((w) => words.includes(w))) return 0;
  return rule.words.some((w) => words.includes(w)) ? WORD_SCORE : 0;
}

const URL_LIKE = /^(https?:\/\/|www\.)|^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/|$)/i;

/** Does a value fit the role? Only roles with a recognisable value shape are checked. */
function valueFits(role: ColumnRole, value: string): boolean | null {
  switch (role) {
    case 'latitude':
    case 'longitude':
      return parseNumber(value) !== null;
    case 'coordinates':
      return parseCoordinatePair(value) !== null;
    case 'website':
      return URL_LIKE.test(value.trim());
    case 'insee':
      return /^\s*(\d{4,5}|2[AB]\d{3})\s*$/i.test(value);
    case 'postcode':
      return /^\s*\d{4,5}\s*$/.test(value.replace(/\s/g, ''));
    default:
      return null;
  }
}

function sampleMismatch(role: ColumnRole, values: readonly string[]): boolean {
  let checked = 0;
  let fits = 0;
  for (const v of values) {
    if (v.trim() === '') continue;
    const fit = valueFits(role, v);
    if (fit === null) return false;
    checked++;
    if (fit) fits++;
  }
  return checked > 0 && fits / checked < 0.5;
}

/**
 * Finds which column is which from French or English headers, insensitive to
 * accents, case, spaces, underscores and camelCase. `sample` (first rows, same
 * order as headers) lets values break ties and catch a misleading header.
 * `geometry`: the rows are GeoJSON features, located by their geometry.
 */
export function guessColumns(
  headers: readonly string[],
  sample: readonly (readonly string[])[] = [],
  options: { geometry?: boolean } = {},
): ColumnGuess {
  const reasons: UnsureReason[] = [];
  const column = (i: number) => sample.map((r) => r[i] ?? '');

  interface Candidate {
    role: ColumnRole;
    header: string;
    index: number;
    score: number;
  }
  const candidates: Candidate[] = [];
  for (const role of COLUMN_ROLES) {
    headers.forEach((header, index) => {
      let score = scoreHeader(role, header);
      if (score > 0 && sampleMismatch(role, column(index))) {
        // "Position" or "Point" may be anything; only trust them with coordinate values.
        score = role === 'coordinates' ? 0 : score - MISMATCH_PENALTY;
      }
      if (score > 0) candidates.push({ role, header, index, score });
    });
  }
  // Strongest matches claim their column first; a column serves one role.
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const mapping: ColumnMapping = {};
  const usedHeaders = new Set<string>();
  for (const c of candidates) {
    if (mapping[c.role] !== undefined || usedHeaders.has(c.header)) continue;
    mapping[c.role] = c.header;
    usedHeaders.add(c.header);
    const rivals = candidates.filter(
      (o) => o.role === c.role && o.score === c.score && o.header !== c.header,
    );
    const free = rivals.filter((o) => !usedHeaders.has(o.header));
    if (free.length > 0) {
      reasons.push({
        code: 'several_candidates',
        role: c.role,
        columns: [c.header, ...free.map((o) => o.header)],
      });
    }
    if (c.score < WORD_SCORE && c.score > 0) {
      reasons.push({ code: 'values_mismatch', role: c.role, column: c.header });
    }
  }

  // A lone latitude or longitude is useless; a combined column is better than half a pair.
  if ((mapping.latitude === undefined) !== (mapping.longitude === undefined)) {
    delete mapping.latitude;
    delete mapping.longitude;
  }
  if (mapping.latitude !== undefined && mapping.coordinates !== undefined)
    delete mapping.coordinates;

  if (mapping.name === undefined) reasons.push({ code: 'no_name_column' });
  // GeoJSON features carry their location in the geometry.
  if (!options.geometry && !hasLocation(mapping)) reasons.push({ code: 'no_location_column' });
  const xy = xyAmbiguity(headers, sample, mapping);
  if (xy) reasons.push(xy);

  return { mapping, unsure: reasons.length > 0, reasons };
}

/**
 * "x"/"y" headers say nothing about the order or the projection. They are
 * trusted only when the sample values land in France without swapping.
 */
function xyAmbiguity(
  headers: readonly string[],
  sample: readonly (readonly string[])[],
  mapping: ColumnMapping,
): UnsureReason | null {
  const { latitude, longitude } = mapping;
  if (latitude === undefined || longitude === undefined) return null;
  const isXY = (h: string) => /(^| )[xy]( |$)/.test(normalizeHeader(h));
  if (!isXY(latitude) && !isXY(longitude)) return null;
  const li = headers.indexOf(latitude);
  const lo = headers.indexOf(longitude);
  let straight = 0;
  let total = 0;
  for (const row of sample) {
    const lat = parseNumber(row[li] ?? '');
    const lon = parseNumber(row[lo] ?? '');
    if (lat === null || lon === null) continue;
    total++;
    const r = resolvePoint(lat, lon);
    if (r.ok && !r.swapped) straight++;
  }
  return total > 0 && straight / total >= 0.8
    ? null
    : { code: 'xy_ambiguous', columns: [longitude, latitude] };
}

/**
 * Keeps only the roles whose column exists, so a mapping saved for another
 * file (or edited by hand) cannot point at nothing.
 */
export function sanitizeMapping(mapping: ColumnMapping, headers: readonly string[]): ColumnMapping {
  const clean: ColumnMapping = {};
  for (const role of COLUMN_ROLES) {
    const header = mapping[role];
    if (header !== undefined && headers.includes(header)) clean[role] = header;
  }
  return clean;
}
