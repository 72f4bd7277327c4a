import type { Epci, TerritoiresData, TerritoryRef } from '../data/territories';
import { fold, queryWords, wordsMatch } from './normalize';

/** A territory as the search box lists it. */
export interface TerritoryEntry {
  ref: TerritoryRef;
  nom: string;
  words: string[];
}

export interface TerritoryIndex {
  entries: TerritoryEntry[];
}

const entry = (ref: TerritoryRef, nom: string): TerritoryEntry => ({
  ref,
  nom,
  words: fold(nom).split(' '),
});

/** Régions, then départements, then intercommunalities (when their file is in). */
export function indexTerritories(data: TerritoiresData, epci: readonly Epci[] | null) {
  return {
    entries: [
      ...data.regions.map((r) => entry({ kind: 'reg', code: r.code }, r.nom)),
      ...data.departements.map((d) => entry({ kind: 'dep', code: d.code }, d.nom)),
      ...(epci ?? []).map((e) => entry({ kind: 'epci', code: e.siren }, e.nom)),
    ],
  };
}

const KIND_RANK = { reg: 0, dep: 1, epci: 2 } as const;

/**
 * Territories whose name has words starting with every word of the query, accent- and
 * case-insensitive, or the département whose code is the query ("21", "2a", "974"). A
 * département named by its code comes first, then names that start with the query.
 */
export function searchTerritories(index: TerritoryIndex, query: string, limit = 6) {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const compact = query.trim().toUpperCase();
  const folded = words.join(' ');
  const hits: { entry: TerritoryEntry; rank: number }[] = [];
  for (const e of index.entries) {
    if (e.ref.kind === 'dep' && e.ref.code === compact) hits.push({ entry: e, rank: -1 });
    else if (wordsMatch(words, e.words))
      hits.push({ entry: e, rank: e.words.join(' ').startsWith(folded) ? 0 : 1 });
  }
  return hits
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        KIND_RANK[a.entry.ref.kind] - KIND_RANK[b.entry.ref.kind] ||
        a.entry.nom.localeCompare(b.entry.nom, 'fr'),
    )
    .slice(0, limit)
    .map((h) => h.entry);
}
