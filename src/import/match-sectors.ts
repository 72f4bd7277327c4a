import type { Sector } from '../data/types';
import { cleanLine, normalizeKey, slugify } from './normalize';

/** Keys of sectors that are not in secteurs.csv start with this; reference keys never do. */
export const CUSTOM_SECTOR_PREFIX = 'custom:';

export interface CustomSector extends Sector {
  /** Number of imported rows citing it. */
  count: number;
  /** First rows citing it (at most five), for the report. */
  rows: number[];
}

export interface SectorMatcher {
  /** Sector keys of one cell, in order, without duplicates. Unknown labels get a custom key. */
  match(raw: string, row?: number): string[];
  /** The sectors that were not in the reference list, in order of first appearance. */
  customSectors(): CustomSector[];
}

const STOP_WORDS = new Set(['et', 'and', 'des', 'les', 'par', 'the', 'de', 'du', 'la', 'le', 'a']);

/**
 * Obvious synonyms, only used when their target key exists in the reference
 * list. Deliberately short: a wrong guess would hide a sector from the user.
 */
const SYNONYMS: Record<string, string> = {
  btp: 'construction',
  batiment: 'construction',
  'eco construction': 'construction',
  iae: 'insertion',
  'insertion professionnelle': 'insertion',
  'economie circulaire': 'environnement',
  reemploi: 'environnement',
  recyclerie: 'environnement',
  ressourcerie: 'environnement',
  alimentaire: 'alimentation',
  'circuits courts': 'alimentation',
  tic: 'numerique',
  informatique: 'numerique',
  arts: 'culture',
  spectacle: 'culture',
  'spectacle vivant': 'culture',
  textile: 'artisanat-design',
  'aide a domicile': 'services',
  incubateur: 'accompagnement',
  cae: 'accompagnement',
};

const SEPARATORS = /[|;,/]/;
const MAX_JOIN = 3;
const MAX_LABEL = 100;

/** Words that say something, singularised so "créatives" and "creative" meet. */
function significantWords(norm: string): string[] {
  return norm
    .split(' ')
    .filter((w) => w.length >= 4 && !STOP_WORDS.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w));
}

function customKey(label: string, norm: string): string {
  return CUSTOM_SECTOR_PREFIX + (slugify(label) || norm).slice(0, 60);
}

interface Piece {
  text: string;
  start: number;
  end: number;
}

function splitPieces(raw: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i === raw.length || SEPARATORS.test(raw[i]!)) {
      pieces.push({ text: raw.slice(start, i), start, end: i });
      start = i + 1;
    }
  }
  return pieces;
}

/**
 * Matches the sector cells of an imported file against secteurs.csv: by key,
 * French or English label (accents and case ignored), a distinctive word of a
 * label ("design", "recyclage"), or a short synonym list. Labels that contain a
 * separator ("Artisanat, mode et design") are recognised before splitting.
 */
export function createSectorMatcher(sectors: readonly Sector[]): SectorMatcher {
  const exact = new Map<string, string>();
  const wordOwners = new Map<string, Set<string>>();
  const keys = new Set(sectors.map((s) => s.key));
  for (const s of sectors) {
    for (const text of [s.key, s.labelFr, s.labelEn]) {
      const norm = normalizeKey(text);
      if (norm) exact.set(norm, s.key);
      for (const word of significantWords(norm)) {
        const owners = wordOwners.get(word) ?? new Set<string>();
        owners.add(s.key);
        wordOwners.set(word, owners);
      }
    }
  }
  for (const [synonym, key] of Object.entries(SYNONYMS)) {
    if (keys.has(key) && !exact.has(synonym)) exact.set(synonym, key);
  }

  function known(norm: string): string | null {
    // Plural/singular slips: "services" vs "service", "industries" vs "industrie".
    const variant = norm.endsWith('s') ? norm.slice(0, -1) : `${norm}s`;
    const direct = exact.get(norm) ?? exact.get(variant);
    if (direct) return direct;
    // Otherwise the words must point to one sector together: "design" → artisanat-design,
    // "industries créatives" → culture (though "industries" alone is ambiguous).
    const words = significantWords(norm);
    if (words.length === 0) return null;
    let common: string[] | null = null;
    for (const word of words) {
      const owners = wordOwners.get(word);
      if (!owners) return null;
      common = common === null ? [...owners] : common.filter((k) => owners.has(k));
    }
    return common?.length === 1 ? (common[0] ?? null) : null;
  }

  const custom = new Map<string, CustomSector>();
  const cache = new Map<string, { key: string; label: string | null }[]>();

  function resolve(raw: string): { key: string; label: string | null }[] {
    const pieces = splitPieces(raw);
    const out: { key: string; label: string | null }[] = [];
    for (let i = 0; i < pieces.length;) {
      let matched = false;
      // Longest run of pieces (up to MAX_JOIN) that forms a known label, so commas
      // inside labels survive; bounded so a cell with thousands of commas stays linear.
      for (let j = Math.min(pieces.length - 1, i + MAX_JOIN); j > i; j--) {
        const text = raw.slice(pieces[i]!.start, pieces[j]!.end);
        const key = exact.get(normalizeKey(text));
        if (key) {
          out.push({ key, label: null });
          i = j + 1;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      const label = cleanLine(pieces[i]!.text).slice(0, MAX_LABEL);
      i++;
      // A piece without any letter or digit ("-", "?") is filler, not a sector.
      if (!/[\p{L}\p{N}]/u.test(label)) continue;
      const norm = normalizeKey(label) || label.toLowerCase().replace(/\s+/g, '-');
      const key = known(norm);
      out.push(key ? { key, label: null } : { key: customKey(label, norm), label });
    }
    return out;
  }

  return {
    match(raw, row) {
      if (raw.trim() === '') return [];
      let resolved = cache.get(raw);
      if (!resolved) {
        resolved = resolve(raw);
        cache.set(raw, resolved);
      }
      const result: string[] = [];
      for (const { key, label } of resolved) {
        if (result.includes(key)) continue;
        result.push(key);
        if (label === null) continue;
        let entry = custom.get(key);
        if (!entry) {
          entry = { key, labelFr: label, labelEn: label, count: 0, rows: [] };
          custom.set(key, entry);
        }
        entry.count++;
        if (row !== undefined && entry.rows.length < 5) entry.rows.push(row);
      }
      return result;
    },
    customSectors: () => [...custom.values()].map((c) => ({ ...c, rows: [...c.rows] })),
  };
}
