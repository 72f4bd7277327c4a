import { seededRandom } from '../data/seeded-random';

/**
 * Deterministic generator of a realistic "bring your own data" CSV, for the
 * import benchmark and tests (the bench scripts load it through Vite's module runner).
 *
 * Row mix: ~72 % WGS84 coordinates, 5 % swapped, 8 % commune name only, 5 %
 * postcode only, 3 % INSEE only, 3 % outside France, 2 % unreadable number,
 * 2 % no location at all. Descriptions sometimes hold quotes, the delimiter and
 * line breaks; sectors are mostly reference keys or labels, sometimes unknown.
 */

export interface GenerateOptions {
  rows: number;
  seed?: number;
  delimiter?: ';' | ',';
}

const COMMUNES: readonly [name: string, postcode: string, insee: string][] = [
  ['Dijon', '21000', '21231'],
  ['Toulouse', '31000', '31555'],
  ['Tours', '37000', '37261'],
  ['Saint-Étienne', '42000', '42218'],
  ['Lille', '59000', '59350'],
  ['Clermont-Ferrand', '63000', '63113'],
  ['Lyon', '69003', '69123'],
  ['Marseille', '13001', '13055'],
  ['Nantes', '44000', '44109'],
  ['Besançon', '25000', '25056'],
  ['Grenoble', '38000', '38185'],
  ['Rennes', '35000', '35238'],
];

const SECTORS: readonly string[] = [
  'culture',
  'numerique',
  'Artisanat, mode et design',
  'accompagnement',
  'Insertion par l’activité économique',
  'environnement',
  'construction',
  'Alimentation et agriculture',
  'services',
  'industrie',
  'Tiers-lieu',
  'Économie circulaire',
];

const WORDS: readonly string[] = [
  'pôle',
  'coopérative',
  'atelier',
  'réseau',
  'fabrique',
  'collectif',
  'maison',
  'plateforme',
  'cluster',
  'ressourcerie',
];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

function decimal(n: number, digits: number, comma: boolean): string {
  const s = n.toFixed(digits);
  return comma ? s.replace('.', ',') : s;
}

const HEADER = [
  'nom',
  'latitude',
  'longitude',
  'commune',
  'code postal',
  'code insee',
  'secteurs',
  'site web',
  'description',
];

export function generateSitesCsv(options: GenerateOptions): string {
  const rand = seededRandom(options.seed ?? 42);
  const delimiter = options.delimiter ?? ';';
  const comma = delimiter === ';';
  const lines: string[] = [HEADER.join(delimiter)];
  for (let i = 1; i <= options.rows; i++) {
    const name = `${pick(rand, WORDS)} ${pick(rand, WORDS)} ${i}`;
    let lat = '';
    let lon = '';
    let commune = '';
    let postcode = '';
    let insee = '';
    const kind = rand();
    const place = pick(rand, COMMUNES);
    if (kind < 0.72) {
      lat = decimal(43 + rand() * 6.5, 5, comma);
      lon = decimal(-1 + rand() * 7.5, 5, comma);
      if (rand() < 0.5) commune = place[0];
    } else if (kind < 0.77) {
      lon = decimal(43 + rand() * 6.5, 5, comma);
      lat = decimal(-1 + rand() * 7.5, 5, comma);
    } else if (kind < 0.85) {
      commune = place[0];
    } else if (kind < 0.9) {
      postcode = place[1];
    } else if (kind < 0.93) {
      insee = place[2];
    } else if (kind < 0.96) {
      lat = decimal(40.7 + rand(), 4, comma);
      lon = decimal(-74 + rand(), 4, comma);
    } else if (kind < 0.98) {
      lat = 'n/c';
      lon = decimal(4 + rand(), 4, comma);
    }
    const sectorCount = 1 + Math.floor(rand() * 3);
    const sectors: string[] = [];
    for (let s = 0; s < sectorCount; s++) sectors.push(pick(rand, SECTORS));
    const web = rand();
    const website = web < 0.4 ? `https://www.site-${i}.fr` : web < 0.6 ? `www.site-${i}.org` : '';
    const desc = rand();
    const description =
      desc < 0.1
        ? `Le « ${name} » réunit des structures${delimiter} avec des "guillemets"\net un retour à la ligne`
        : desc < 0.6
          ? `Projet ${pick(rand, WORDS)} du territoire`
          : '';
    lines.push(
      [name, lat, lon, commune, postcode, insee, sectors.join('|'), website, description]
        .map((v) => quote(v, delimiter))
        .join(delimiter),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The same CSV as UTF-8 bytes, as a file picked by the user would arrive. */
export function generateSitesBytes(options: GenerateOptions): Uint8Array {
  return new TextEncoder().encode(generateSitesCsv(options));
}
