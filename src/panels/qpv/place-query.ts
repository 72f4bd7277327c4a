import {
  normalizeInsee,
  normalizePostcode,
  type Commune,
  type CommuneIndex,
} from '../../data/communes';

export type PlaceQueryResult =
  | { kind: 'empty' }
  | { kind: 'found'; commune: Commune }
  | { kind: 'choose'; communes: Commune[] }
  | { kind: 'none' };

const MAX_CHOICES = 12;

function oneOrChoice(communes: Commune[]): PlaceQueryResult {
  if (communes.length === 0) return { kind: 'none' };
  if (communes.length === 1) return { kind: 'found', commune: communes[0]! };
  return { kind: 'choose', communes: communes.slice(0, MAX_CHOICES) };
}

/**
 * Reads what was typed: an INSEE code (Corsica's "2A"/"2B" included) or a postcode, else a name,
 * exact first (homonyms make a choice) and then by the beginning of a word.
 */
export function resolvePlaceQuery(index: CommuneIndex, query: string): PlaceQueryResult {
  const q = query.trim();
  if (q === '') return { kind: 'empty' };
  const insee = normalizeInsee(q);
  const postcode = normalizePostcode(q);
  if (insee || postcode) {
    const byCode = insee ? index.byInsee(insee) : undefined;
    // Five digits can be both (01400 is a postcode and an INSEE code; 75056 only the latter).
    const byPost = postcode ? index.byPostcode(postcode) : [];
    return oneOrChoice(
      byCode ? [byCode, ...byPost.filter((c) => c.insee !== byCode.insee)] : byPost,
    );
  }
  const named = index.byName(q);
  if (named.status === 'found') return { kind: 'found', commune: named.commune };
  if (named.status === 'ambiguous') return oneOrChoice(named.candidates);
  return oneOrChoice(index.search(q, MAX_CHOICES));
}
