/** A commune with the centre used for the check. */
export interface CommunePlace {
  insee: string;
  nom: string;
  dept: string;
  lon: number;
  lat: number;
}

/** What the place check needs from the commune tables. */
export interface CommuneFinder {
  byInsee(code: string): CommunePlace | undefined;
  byPostcode(postcode: string): CommunePlace[];
  /** Exact name, ignoring case, accents, hyphens and apostrophes. */
  byName(name: string): CommunePlace[];
  /** Names starting with the text, same normalisation. */
  byPrefix(prefix: string, limit: number): CommunePlace[];
}

export type PlaceQueryResult =
  | { kind: 'empty' }
  | { kind: 'found'; commune: CommunePlace }
  | { kind: 'choose'; communes: CommunePlace[] }
  | { kind: 'none' };

const MAX_CHOICES = 12;

function oneOrChoice(communes: CommunePlace[]): PlaceQueryResult {
  if (communes.length === 0) return { kind: 'none' };
  if (communes.length === 1) return { kind: 'found', commune: communes[0]! };
  return { kind: 'choose', communes: communes.slice(0, MAX_CHOICES) };
}

/**
 * Reads what was typed: five characters that are an INSEE code (Corsica's "2A"/"2B" included)
 * or a postcode, else a name, exact first and then by its beginning.
 */
export function resolvePlaceQuery(finder: CommuneFinder, query: string): PlaceQueryResult {
  const q = query.trim();
  if (q === '') return { kind: 'empty' };
  const compact = q.replace(/\s+/g, '').toUpperCase();
  if (/^(\d{5}|2[AB]\d{3})$/.test(compact)) {
    const byCode = finder.byInsee(compact);
    // A code can be both an INSEE code and a postcode (75056 is not a postcode, 01400 is both).
    const byPost = /^\d{5}$/.test(compact) ? finder.byPostcode(compact) : [];
    const all = byCode ? [byCode, ...byPost.filter((c) => c.insee !== byCode.insee)] : byPost;
    return oneOrChoice(all);
  }
  const exact = finder.byName(q);
  if (exact.length > 0) return oneOrChoice(exact);
  return oneOrChoice(finder.byPrefix(q, MAX_CHOICES));
}
