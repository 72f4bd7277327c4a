import Papa from 'papaparse';

/**
 * In-memory index of the French communes (public/data/communes-centres.csv and
 * communes-codes-postaux.csv), used to place rows that only give a commune,
 * an INSEE code or a postcode, and later by a search box.
 */

export interface Commune {
  insee: string;
  dept: string;
  name: string;
  /** Commune centre, WGS84. */
  lon: number;
  lat: number;
  /** Main postcode, '' when unknown. */
  postcode: string;
  altPostcodes: readonly string[];
  /** For a Paris/Lyon/Marseille arrondissement: the INSEE code of the city. */
  parent?: string;
}

export type NameLookup =
  | { status: 'found'; commune: Commune }
  | { status: 'ambiguous'; candidates: Commune[] }
  | { status: 'not_found' };

export interface NameHint {
  dept?: string;
  postcode?: string;
}

export interface CommuneIndex {
  readonly size: number;
  byInsee(code: string): Commune | undefined;
  /**
   * Communes whose main postcode it is first, then those that also use it; an
   * arrondissement hides its city (75011 → Paris 11e only).
   */
  byPostcode(postcode: string): Commune[];
  byName(name: string, hint?: NameHint): NameLookup;
  /** Prefix search on name (any word start) or on postcode / INSEE code; best matches first. */
  search(query: string, limit?: number): Commune[];
}

const ARTICLE = /^(l|le|la|les) /;

// Accent folding table, filled lazily for characters outside Latin-1.
const FOLD = new Map<number, string>([
  [0x0153, 'oe'],
  [0x0152, 'oe'],
  [0x00e6, 'ae'],
  [0x00c6, 'ae'],
  [0x00df, 'ss'],
]);

function foldChar(code: number): string {
  let folded = FOLD.get(code);
  if (folded === undefined) {
    folded = String.fromCharCode(code)
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    FOLD.set(code, folded);
  }
  return folded;
}

/**
 * Lower-case ASCII words separated by single spaces. A hand-written loop rather
 * than normalize('NFD') + regexes: it halves the index build time on 35,000 names.
 */
function foldToWords(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let piece: string;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) piece = text[i]!;
    else if (c >= 65 && c <= 90) piece = String.fromCharCode(c + 32);
    else if (c >= 0xc0) piece = foldChar(c);
    else piece = '';
    if (piece === '') {
      space = out !== '';
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += piece;
  }
  return out;
}

/**
 * Comparison key for commune names: accents, case, hyphens and apostrophes
 * ignored, "Saint"/"St" and "Sainte"/"Ste" equal, "Mureaux (Les)" = "Les Mureaux",
 * "Paris 11e Arrondissement" = "Paris 11ème" = "paris 11", "Lyon Cedex 03" = "Lyon".
 */
export function communeNameKey(name: string): string {
  let text = name;
  if (text.includes('(')) {
    const inverted = /^\s*(.*?)\s*\((l'|l’|le|la|les)\)\s*$/i.exec(text);
    if (inverted) text = `${inverted[2]} ${inverted[1]}`;
  }
  let key = foldToWords(text);
  if (key.includes('cedex')) key = key.replace(/(^| )cedex( .*)?$/, '');
  if (!/\d|saint|arrondissement/.test(key)) return key;
  return key
    .split(' ')
    .filter((w) => w !== 'arrondissement')
    .map((w) => {
      if (w === 'saint') return 'st';
      if (w === 'sainte') return 'ste';
      const ordinal = /^(\d+)(er|re|e|eme|ieme|me)$/.exec(w);
      return ordinal ? (ordinal[1] ?? w) : w;
    })
    .join(' ');
}

/** "1001" (leading zero lost by a spreadsheet) → "01001"; "2a004" → "2A004"; else null. */
export function normalizeInsee(raw: string): string | null {
  const v = raw.trim().toUpperCase().replace(/\s+/g, '');
  const padded = /^\d{4}$/.test(v) ? `0${v}` : v;
  return /^(\d{5}|2[AB]\d{3})$/.test(padded) ? padded : null;
}

/** "75 011", "F-75011", "1400" → "75011", "01400"; else null. */
export function normalizePostcode(raw: string): string | null {
  const v = raw
    .trim()
    .toUpperCase()
    .replace(/^FR?\s*-\s*/, '')
    .replace(/\s+/g, '');
  const padded = /^\d{4}$/.test(v) ? `0${v}` : v;
  return /^\d{5}$/.test(padded) ? padded : null;
}

/** "1" → "01", "2a" → "2A", "971" → "971", "69M" → "69"; else null. */
export function normalizeDept(raw: string): string | null {
  const v = raw.trim().toUpperCase();
  if (/^2[AB]$/.test(v)) return v;
  const digits = /^(\d{1,3})[A-Z]?$/.exec(v)?.[1];
  if (!digits) return null;
  return digits.length === 1 ? `0${digits}` : digits;
}

/** Département suggested by a postcode (a hint only: some communes are served across a border). */
export function deptFromPostcode(postcode: string): string {
  if (postcode.startsWith('97') || postcode.startsWith('98')) return postcode.slice(0, 3);
  if (postcode.startsWith('20')) return Number(postcode) < 20200 ? '2A' : '2B';
  return postcode.slice(0, 2);
}

/** CSV rows, each split when first read, so that a build in slices spreads that work too. */
interface Rows {
  readonly length: number;
  at(i: number): string[];
}

function readRows(text: string): Rows {
  // The shipped files have no quotes: a plain split is ~10x faster than a CSV parser.
  if (!text.includes('"')) {
    const lines = text.split(/\r?\n/).filter((l) => l !== '');
    return { length: lines.length, at: (i) => lines[i]!.split(',') };
  }
  const data = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return { length: data.length, at: (i) => data[i]! };
}

function columnIndexes<K extends string>(header: readonly string[] | undefined, names: K[]) {
  const index = {} as Record<K, number>;
  for (const name of names) {
    const i = header?.indexOf(name) ?? -1;
    if (i === -1) throw new Error(`communes: colonne « ${name} » manquante`);
    index[name] = i;
  }
  return index;
}

/**
 * Arrondissements have no row in the postcode file; their postcode is the city's
 * matching one (75111 → 75011, 69383 → 69003, 13205 → 13005).
 */
function arrondissementPostcodes(insee: string): { parent: string; postcodes: string[] } | null {
  if (!insee.startsWith('751') && !insee.startsWith('6938') && !insee.startsWith('132'))
    return null;
  const n = Number(insee.slice(3));
  if (/^751(0[1-9]|1\d|20)$/.test(insee)) {
    const cp = `750${insee.slice(3)}`;
    return { parent: '75056', postcodes: n === 16 ? [cp, '75116'] : [cp] };
  }
  if (/^6938[1-9]$/.test(insee)) return { parent: '69123', postcodes: [`6900${insee.slice(4)}`] };
  if (/^132(0[1-9]|1[0-6])$/.test(insee)) {
    return { parent: '13055', postcodes: [`130${insee.slice(3)}`] };
  }
  return null;
}

interface KeyedCommune {
  key: string;
  commune: Commune;
}

const byKeyOrder = (a: KeyedCommune, b: KeyedCommune) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

function lowerBound(items: readonly KeyedCommune[], key: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pushTo<K>(map: Map<K, Commune[]>, key: K, commune: Commune) {
  const list = map.get(key);
  if (list) list.push(commune);
  else map.set(key, [commune]);
}

/** Rows between two points where a build in slices may pause. */
const ROWS_PER_STEP = 500;

/**
 * The index, built a step at a time: it yields every ROWS_PER_STEP rows, so that a caller on
 * the page's thread can let other work (a click, an answer from a worker) through. About
 * 200 ms in one piece on a slow machine otherwise.
 */
function* communeIndexSteps(
  centresCsv: string,
  postcodesCsv: string,
): Generator<void, CommuneIndex, void> {
  const postRows = readRows(postcodesCsv);
  yield;
  const pc = columnIndexes(postRows.length ? postRows.at(0) : undefined, [
    'insee',
    'cp',
    'cps_alt',
  ]);
  const postcodesByInsee = new Map<string, { main: string; alt: string[] }>();
  for (let i = 1; i < postRows.length; i++) {
    if (i % ROWS_PER_STEP === 0) yield;
    const r = postRows.at(i);
    const rawAlt = r[pc.cps_alt] ?? '';
    // The shipped file separates alternatives with "|"; spaces are accepted too.
    const alt = rawAlt ? rawAlt.split(/[\s|]+/).filter((c) => /^\d{5}$/.test(c)) : [];
    postcodesByInsee.set(r[pc.insee] ?? '', { main: r[pc.cp] ?? '', alt });
  }

  const rows = readRows(centresCsv);
  yield;
  const cc = columnIndexes(rows.length ? rows.at(0) : undefined, [
    'insee',
    'dept',
    'lon',
    'lat',
    'name',
  ]);
  const byInsee = new Map<string, Commune>();
  const byMainPostcode = new Map<string, Commune[]>();
  const byAltPostcode = new Map<string, Commune[]>();
  const byKey = new Map<string, Commune[]>();
  const byArticleLessKey = new Map<string, Commune[]>();
  const names: KeyedCommune[] = [];

  for (let i = 1; i < rows.length; i++) {
    if (i % ROWS_PER_STEP === 0) yield;
    const r = rows.at(i);
    const insee = r[cc.insee] ?? '';
    const lon = Number(r[cc.lon]);
    const lat = Number(r[cc.lat]);
    if (!insee || !Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const arr = arrondissementPostcodes(insee);
    const post = postcodesByInsee.get(insee) ?? {
      main: arr?.postcodes[0] ?? '',
      alt: arr?.postcodes.slice(1) ?? [],
    };
    const commune: Commune = {
      insee,
      dept: r[cc.dept] ?? '',
      name: r[cc.name] ?? '',
      lon,
      lat,
      postcode: post.main,
      altPostcodes: post.alt,
      ...(arr ? { parent: arr.parent } : {}),
    };
    byInsee.set(insee, commune);
    if (commune.postcode) pushTo(byMainPostcode, commune.postcode, commune);
    for (const cp of commune.altPostcodes) pushTo(byAltPostcode, cp, commune);
    const key = communeNameKey(commune.name);
    pushTo(byKey, key, commune);
    const articleLess = key.replace(ARTICLE, '');
    if (articleLess !== key) pushTo(byArticleLessKey, articleLess, commune);
    names.push({ key, commune });
  }

  // The sorted arrays only serve search(): built on its first call, so that an
  // import (which only needs the maps) does not pay ~50 ms for them.
  let sorted: { names: KeyedCommune[]; codes: KeyedCommune[] } | null = null;
  function searchArrays() {
    if (sorted) return sorted;
    const codes: KeyedCommune[] = [];
    for (const commune of byInsee.values()) {
      codes.push({ key: commune.insee, commune });
      if (commune.postcode) codes.push({ key: commune.postcode, commune });
      for (const cp of commune.altPostcodes) codes.push({ key: cp, commune });
    }
    sorted = { names: names.sort(byKeyOrder), codes: codes.sort(byKeyOrder) };
    return sorted;
  }

  const arrondissementsOf = new Map<string, Commune[]>();
  for (const c of byInsee.values()) if (c.parent) pushTo(arrondissementsOf, c.parent, c);

  function byPostcode(raw: string): Commune[] {
    const cp = normalizePostcode(raw);
    if (!cp) return [];
    const all = [...(byMainPostcode.get(cp) ?? []), ...(byAltPostcode.get(cp) ?? [])];
    // 75011 is the 11th arrondissement, more precise than "Paris" which lists every Paris postcode.
    const parents = new Set(all.map((c) => c.parent).filter((p) => p !== undefined));
    return parents.size > 0 ? all.filter((c) => !parents.has(c.insee)) : all;
  }

  function hasPostcode(c: Commune, cp: string) {
    return c.postcode === cp || c.altPostcodes.includes(cp);
  }

  /** "Paris" with postcode 75011 is more precisely the 11th arrondissement. */
  function refine(commune: Commune, cp: string | null): Commune {
    if (!cp) return commune;
    const arr = arrondissementsOf.get(commune.insee)?.find((a) => a.postcode === cp);
    return arr ?? commune;
  }

  function byName(name: string, hint: NameHint = {}): NameLookup {
    const key = communeNameKey(name);
    if (!key) return { status: 'not_found' };
    const candidates = byKey.get(key) ?? byArticleLessKey.get(key.replace(ARTICLE, '')) ?? [];
    const cp = hint.postcode ? normalizePostcode(hint.postcode) : null;
    if (candidates.length === 0) return { status: 'not_found' };
    if (candidates.length === 1) return { status: 'found', commune: refine(candidates[0]!, cp) };

    let narrowed = candidates;
    const filters: ((c: Commune) => boolean)[] = [];
    if (cp) {
      filters.push((c) => hasPostcode(c, cp));
      const cpDept = deptFromPostcode(cp);
      filters.push((c) => c.dept === cpDept);
    }
    const dept = hint.dept ? normalizeDept(hint.dept) : null;
    if (dept) filters.push((c) => c.dept === dept);
    for (const keep of filters) {
      const next = narrowed.filter(keep);
      if (next.length === 1) return { status: 'found', commune: refine(next[0]!, cp) };
      if (next.length > 1) narrowed = next;
    }
    return { status: 'ambiguous', candidates: narrowed };
  }

  function search(query: string, limit = 10): Commune[] {
    const q = query.trim();
    if (q === '' || limit <= 0) return [];
    const { names, codes } = searchArrays();
    const out: Commune[] = [];
    const seen = new Set<string>();
    const add = (c: Commune) => {
      if (!seen.has(c.insee)) {
        seen.add(c.insee);
        out.push(c);
      }
    };

    if (/^(\d|2[AB])/i.test(q) && /^[\dAB\s]+$/i.test(q)) {
      const code = q.replace(/\s+/g, '').toUpperCase();
      for (let i = lowerBound(codes, code); i < codes.length && out.length < limit; i++) {
        const item = codes[i]!;
        if (!item.key.startsWith(code)) break;
        add(item.commune);
      }
      return out;
    }

    const key = communeNameKey(q);
    if (!key) return [];
    const prefixed: KeyedCommune[] = [];
    for (let i = lowerBound(names, key); i < names.length; i++) {
      const item = names[i]!;
      if (!item.key.startsWith(key)) break;
      prefixed.push(item);
    }
    // Exact name first, then shortest names ("Lyon" before "Lyons-la-Forêt").
    prefixed.sort((a, b) => a.key.length - b.key.length || byKeyOrder(a, b));
    for (const item of prefixed) {
      if (out.length >= limit) return out;
      add(item.commune);
    }
    // Then names where a later word starts with the query ("étienne" → Saint-Étienne).
    const inner = ` ${key}`;
    for (const item of names) {
      if (out.length >= limit) break;
      if (item.key.includes(inner)) add(item.commune);
    }
    return out;
  }

  return {
    size: byInsee.size,
    byInsee: (code) => {
      const insee = normalizeInsee(code);
      return insee ? byInsee.get(insee) : undefined;
    },
    byPostcode,
    byName,
    search,
  };
}

export function buildCommuneIndex(centresCsv: string, postcodesCsv: string): CommuneIndex {
  const steps = communeIndexSteps(centresCsv, postcodesCsv);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same index, built in slices of about `sliceMs` with `pause()` between them (on the page:
 * a new task), so that the page answers clicks while it is built.
 */
export async function buildCommuneIndexInSlices(
  centresCsv: string,
  postcodesCsv: string,
  { pause, sliceMs = 8, now = () => performance.now() }: SliceOptions,
): Promise<CommuneIndex> {
  const steps = communeIndexSteps(centresCsv, postcodesCsv);
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = now();
    }
  }
}

export interface SliceOptions {
  pause: () => Promise<void>;
  sliceMs?: number;
  now?: () => number;
}
