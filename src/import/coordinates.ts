import proj4 from 'proj4';

/**
 * Coordinates as people really type them: decimal commas, thousands spaces,
 * Lambert-93 metres from a GIS export, latitude and longitude swapped.
 */

export type CrsCode =
  | 'EPSG:4326'
  | 'EPSG:2154'
  | 'EPSG:3857'
  | 'EPSG:5490'
  | 'EPSG:2972'
  | 'EPSG:2975'
  | 'EPSG:4471'
  | 'EPSG:27572';

// Official EPSG definitions (epsg.io / IGN). Only 2154 is ever guessed from the
// values; the others are used when a file declares them.
const PROJ_DEFS: Partial<Record<CrsCode, string>> = {
  // RGF93 v1 / Lambert-93, the French national projection.
  'EPSG:2154':
    '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
  // RGAF09 / UTM 20N (Guadeloupe, Martinique)
  'EPSG:5490': '+proj=utm +zone=20 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
  // RGFG95 / UTM 22N (Guyane)
  'EPSG:2972':
    '+proj=utm +zone=22 +ellps=GRS80 +towgs84=2,2,-2,0,0,0,0 +units=m +no_defs +type=crs',
  // RGR92 / UTM 40S (La Réunion)
  'EPSG:2975':
    '+proj=utm +zone=40 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
  // NTF (Paris) / Lambert zone II ("Lambert II étendu"), still found in older French data.
  'EPSG:27572':
    '+proj=lcc +lat_1=46.8 +lat_0=46.8 +lon_0=0 +k_0=0.99987742 +x_0=600000 +y_0=2200000 +a=6378249.2 +b=6356515 +towgs84=-168,-60,320,0,0,0,0 +pm=paris +units=m +no_defs +type=crs',
  // RGM04 / UTM 38S (Mayotte)
  'EPSG:4471':
    '+proj=utm +zone=38 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
};
for (const [code, def] of Object.entries(PROJ_DEFS)) proj4.defs(code, def);

const converters = new Map<CrsCode, proj4.Converter>();
function converter(crs: CrsCode): proj4.Converter {
  let c = converters.get(crs);
  if (!c) {
    c = proj4(crs, 'EPSG:4326');
    converters.set(crs, c);
  }
  return c;
}

/** Projected (x, y) in the given CRS → [lon, lat] in WGS84. */
export function toWgs84(crs: CrsCode, x: number, y: number): [number, number] {
  if (crs === 'EPSG:4326') return [x, y];
  const [lon, lat] = converter(crs).forward([x, y]);
  return [lon ?? NaN, lat ?? NaN];
}

export function lambert93ToWgs84(x: number, y: number): [number, number] {
  return toWgs84('EPSG:2154', x, y);
}

const EPSG_ALIASES: Record<string, CrsCode> = {
  '4326': 'EPSG:4326',
  '4171': 'EPSG:4326', // RGF93 geographic: same as WGS84 at map precision
  crs84: 'EPSG:4326',
  wgs84: 'EPSG:4326',
  'wgs 84': 'EPSG:4326',
  gps: 'EPSG:4326',
  '2154': 'EPSG:2154',
  'lambert 93': 'EPSG:2154',
  lambert93: 'EPSG:2154',
  l93: 'EPSG:2154',
  'rgf93 lambert 93': 'EPSG:2154',
  'rgf93 v1 lambert 93': 'EPSG:2154',
  '3857': 'EPSG:3857',
  '900913': 'EPSG:3857',
  '5490': 'EPSG:5490',
  '2972': 'EPSG:2972',
  '2975': 'EPSG:2975',
  '4471': 'EPSG:4471',
  '27572': 'EPSG:27572',
  'lambert 2': 'EPSG:27572',
  'lambert ii': 'EPSG:27572',
  'lambert 2 etendu': 'EPSG:27572',
  'lambert ii etendu': 'EPSG:27572',
};

/**
 * Reads a declared CRS: "EPSG:2154", "urn:ogc:def:crs:EPSG::2154",
 * "http://www.opengis.net/def/crs/EPSG/0/2154", "urn:ogc:def:crs:OGC:1.3:CRS84",
 * "Lambert 93", "WGS84". Returns null when unknown (the caller reports it).
 */
export function parseCrs(value: string): CrsCode | null {
  const v = value.trim().toLowerCase();
  if (v === '') return null;
  if (/crs84$/.test(v)) return 'EPSG:4326';
  const epsg = /epsg\D*(\d{4,6})\s*$/.exec(v) ?? /\/(\d{4,6})$/.exec(v) ?? /^(\d{4,6})$/.exec(v);
  if (epsg?.[1]) return EPSG_ALIASES[epsg[1]] ?? null;
  const words = v
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return EPSG_ALIASES[words] ?? EPSG_ALIASES[words.replace(/ /g, '')] ?? null;
}

const HAS_SPACE = /[\s\u00a0\u202f']/;
const SPACES = /[\s\u00a0\u202f']+/g;

function groupedNumber(body: string, group: string, decimal: string): string | null {
  const g = group === '.' ? '\\.' : group;
  const d = decimal === '.' ? '\\.' : decimal;
  const re = new RegExp(`^\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`);
  if (!re.test(body)) return null;
  const [int = '', frac] = body.split(decimal);
  return frac === undefined ? int.split(group).join('') : `${int.split(group).join('')}.${frac}`;
}

/**
 * Parses "45,7597", "-0.57", "1 234 567,8", "6 862 271", "4.83°", "1.234.567,8",
 * "1,234,567.8". Returns null for anything else, never a silently wrong number
 * ("45 7" or "1,2,3" are refused). A single comma is a decimal comma.
 */
export function parseNumber(raw: string): number | null {
  const trimmed = raw
    .trim()
    .replace(/^\u2212/, '-')
    .replace(/\s*°$/, '');
  const sign = /^[+-]/.test(trimmed) ? trimmed.charAt(0) : '';
  const body = trimmed.slice(sign.length);
  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  let plain: string | null;
  if (HAS_SPACE.test(body)) {
    plain = groupedNumber(body.replace(SPACES, ' '), ' ', commas > 0 ? ',' : '.');
  } else if (commas === 0 && dots <= 1) {
    plain = body;
  } else if (commas === 1 && dots === 0) {
    plain = body.replace(',', '.');
  } else if (commas > 0 && dots > 0) {
    const decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    plain = groupedNumber(body, decimal === ',' ? '.' : ',', decimal);
  } else {
    plain = groupedNumber(body, commas > 0 ? ',' : '.', commas > 0 ? '.' : ',');
  }
  if (plain === null || !/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain)) return null;
  const n = Number(sign + plain);
  return Number.isFinite(n) ? n : null;
}

export interface Zone {
  name: string;
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * Generous boxes around French territory. They are a plausibility check for
 * imported points (a sign dropped, a typo), not a border: a point in the sea
 * near Marseille passes, one in Canada does not.
 */
export const FRANCE_ZONES: readonly Zone[] = [
  { name: 'metropole', west: -5.6, south: 41.2, east: 10.0, north: 51.3 },
  { name: 'guadeloupe', west: -61.9, south: 15.8, east: -60.95, north: 16.6 },
  { name: 'martinique', west: -61.3, south: 14.35, east: -60.75, north: 14.9 },
  { name: 'guyane', west: -54.7, south: 2.0, east: -51.5, north: 5.9 },
  { name: 'reunion', west: 55.15, south: -21.45, east: 55.9, north: -20.8 },
  { name: 'mayotte', west: 44.9, south: -13.1, east: 45.35, north: -12.55 },
  { name: 'saint-martin', west: -63.2, south: 18.0, east: -62.95, north: 18.15 },
  { name: 'saint-barthelemy', west: -62.95, south: 17.85, east: -62.75, north: 17.98 },
  { name: 'saint-pierre-et-miquelon', west: -56.5, south: 46.7, east: -56.1, north: 47.2 },
  { name: 'polynesie', west: -155.0, south: -28.2, east: -134.0, north: -7.5 },
  { name: 'nouvelle-caledonie', west: 163.5, south: -22.9, east: 168.2, north: -19.5 },
  { name: 'wallis-et-futuna', west: -178.3, south: -14.4, east: -176.1, north: -13.1 },
];

export function franceZone(lon: number, lat: number): Zone | null {
  for (const z of FRANCE_ZONES) {
    if (lon >= z.west && lon <= z.east && lat >= z.south && lat <= z.north) return z;
  }
  return null;
}

export function isInFrance(lon: number, lat: number): boolean {
  return franceZone(lon, lat) !== null;
}

/** Metropolitan Lambert-93 extent with a margin (Corsica and the coasts included). */
export function looksLikeLambert93(x: number, y: number): boolean {
  return x >= 0 && x <= 1_300_000 && y >= 6_000_000 && y <= 7_200_000;
}

const PROJECTED_MIN = 1000;

export type PointResolution =
  | {
      ok: true;
      lon: number;
      lat: number;
      crs: CrsCode;
      /** The two values had to be exchanged. */
      swapped: boolean;
    }
  | { ok: false; reason: 'out_of_range'; lat: number; lon: number }
  | { ok: false; reason: 'outside_france'; lat: number; lon: number }
  | { ok: false; reason: 'unknown_projection'; x: number; y: number };

/**
 * Turns the values of the "latitude"/"y" and "longitude"/"x" columns into a
 * WGS84 point in France. Without a declared CRS, degrees vs Lambert-93 is told
 * by magnitude. A pair that only lands in France once exchanged is swapped.
 */
export function resolvePoint(
  latOrY: number,
  lonOrX: number,
  declared: CrsCode | null = null,
): PointResolution {
  // Projected coordinates in metres are in the thousands at least; 200 or -95 is a
  // degree value out of range, not a projection.
  const projected = declared
    ? declared !== 'EPSG:4326'
    : Math.abs(latOrY) > PROJECTED_MIN || Math.abs(lonOrX) > PROJECTED_MIN;

  if (!projected) return resolveDegrees(latOrY, lonOrX);

  let crs: CrsCode;
  if (declared) crs = declared;
  else if (looksLikeLambert93(lonOrX, latOrY) || looksLikeLambert93(latOrY, lonOrX))
    crs = 'EPSG:2154';
  else return { ok: false, reason: 'unknown_projection', x: lonOrX, y: latOrY };

  const [lon, lat] = toWgs84(crs, lonOrX, latOrY);
  if (Number.isFinite(lon) && Number.isFinite(lat) && isInFrance(lon, lat)) {
    return { ok: true, lon, lat, crs, swapped: false };
  }
  const [lon2, lat2] = toWgs84(crs, latOrY, lonOrX);
  if (Number.isFinite(lon2) && Number.isFinite(lat2) && isInFrance(lon2, lat2)) {
    return { ok: true, lon: lon2, lat: lat2, crs, swapped: true };
  }
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90) {
    return { ok: false, reason: 'unknown_projection', x: lonOrX, y: latOrY };
  }
  return { ok: false, reason: 'outside_france', lat, lon };
}

function resolveDegrees(lat: number, lon: number): PointResolution {
  if (isInFrance(lon, lat)) return { ok: true, lon, lat, crs: 'EPSG:4326', swapped: false };
  if (isInFrance(lat, lon)) {
    return { ok: true, lon: lat, lat: lon, crs: 'EPSG:4326', swapped: true };
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return { ok: false, reason: 'out_of_range', lat, lon };
  }
  return { ok: false, reason: 'outside_france', lat, lon };
}

/**
 * Splits one "coordinates" cell: "45.76, 4.83", "45,76;4,83", "45.76 4.83",
 * "POINT(4.83 45.76)" (WKT is lon lat). Returns [latOrY, lonOrX].
 */
export function parseCoordinatePair(raw: string): [number, number] | null {
  const s = raw.trim();
  const wkt = /^point\s*z?\s*\(\s*(\S+)\s+(\S+)(\s+\S+)?\s*\)$/i.exec(s);
  if (wkt) {
    const x = parseNumber(wkt[1] ?? '');
    const y = parseNumber(wkt[2] ?? '');
    return x !== null && y !== null ? [y, x] : null;
  }
  const inner = s.replace(/^[[(]\s*|\s*[\])]$/g, '');
  let parts: string[];
  if (inner.includes(';')) parts = inner.split(';');
  else if (/,\s/.test(inner)) parts = inner.split(/,\s+/);
  else if (/\d\s+[+\-\u2212]?\d/.test(inner) && !inner.includes(',')) parts = inner.split(/\s+/);
  else if ((inner.match(/,/g) ?? []).length === 1) parts = inner.split(',');
  else if (/^[^,]*,[^,]*\s+[^,]*,[^,]*$/.test(inner)) parts = inner.split(/\s+/);
  else return null;
  if (parts.length !== 2) return null;
  const a = parseNumber(parts[0] ?? '');
  const b = parseNumber(parts[1] ?? '');
  return a !== null && b !== null ? [a, b] : null;
}
