import type { Pole, Sector } from '../data/types';
import { fold, queryWords, wordsMatch } from './normalize';

/** What a query matched, best first: the name, then the place, then the sector. */
export type PoleMatchField = 'nom' | 'commune' | 'quartier' | 'secteur';

export interface PoleHit {
  pole: Pole;
  field: PoleMatchField;
  /** The text that matched when it is not the name (a commune, a sector label). */
  matched: string;
}

interface Entry {
  pole: Pole;
  fields: { field: PoleMatchField; text: string; words: string[] }[];
  all: string[];
}

export interface PoleIndex {
  entries: Entry[];
}

/** Prepares the poles once; sector labels are searchable in both languages. */
export function indexPoles(poles: readonly Pole[], sectors: readonly Sector[]): PoleIndex {
  const labels = new Map(sectors.map((s) => [s.key, s]));
  const entries = poles.map((pole) => {
    const raw: { field: PoleMatchField; text: string }[] = [
      { field: 'nom', text: pole.nom },
      { field: 'commune', text: pole.commune },
      { field: 'quartier', text: pole.quartier },
      ...pole.secteurs.flatMap((k) => {
        const s = labels.get(k);
        return s
          ? [
              { field: 'secteur' as const, text: s.labelFr },
              { field: 'secteur' as const, text: s.labelEn },
            ]
          : [];
      }),
    ];
    const fields = raw
      .filter((f) => f.text !== '')
      .map((f) => ({ ...f, words: fold(f.text).split(' ') }));
    return { pole, fields, all: fields.flatMap((f) => f.words) };
  });
  return { entries };
}

const RANK: Record<PoleMatchField, number> = { nom: 1, commune: 2, quartier: 3, secteur: 4 };

/**
 * Poles whose name, commune, neighbourhood or sector contains words starting with every word
 * of the query, accent- and case-insensitive. A name that starts with the query comes first.
 */
export function searchPoles(index: PoleIndex, query: string, limit = 8): PoleHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const folded = words.join(' ');
  const hits: (PoleHit & { rank: number })[] = [];
  for (const entry of index.entries) {
    if (!wordsMatch(words, entry.all)) continue;
    const whole = entry.fields.find((f) => wordsMatch(words, f.words));
    const field = whole?.field ?? 'nom';
    const startsName = fold(entry.pole.nom).startsWith(folded);
    hits.push({
      pole: entry.pole,
      field,
      matched: whole?.text ?? entry.pole.nom,
      rank: startsName ? 0 : whole ? RANK[field] : 5,
    });
  }
  return hits
    .sort((a, b) => a.rank - b.rank || a.pole.nom.localeCompare(b.pole.nom, 'fr'))
    .slice(0, limit)
    .map(({ pole, field, matched }) => ({ pole, field, matched }));
}
