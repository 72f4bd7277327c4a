/**
 * Folds text for matching: no accents, no case, ligatures spelt out, any punctuation a single
 * space; "Saint-Étienne" and "saint etienne" fold alike.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when every word of `query` starts a word of `words` (both folded). */
export function wordsMatch(query: readonly string[], words: readonly string[]): boolean {
  return query.every((q) => words.some((w) => w.startsWith(q)));
}

const ABBREVIATIONS = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
]);

/** The folded words of a query, "st" and "ste" spelt out as on the map ("St Étienne"). */
export function queryWords(query: string): string[] {
  const folded = fold(query);
  return folded === '' ? [] : folded.split(' ').map((w) => ABBREVIATIONS.get(w) ?? w);
}
