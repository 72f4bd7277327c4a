import { normalizePostcode, type Commune, type CommuneIndex } from '../data/communes';
import type { GeocodedBy } from './messages';

export interface GeocodeQuery {
  commune?: string;
  insee?: string;
  postcode?: string;
  department?: string;
}

export type GeocodeFailure =
  | { ok: false; code: 'no_location' }
  | { ok: false; code: 'commune_not_found'; value: string }
  | { ok: false; code: 'commune_ambiguous'; value: string; candidates: Commune[] }
  | { ok: false; code: 'insee_not_found'; value: string }
  | { ok: false; code: 'postcode_not_found'; value: string };

export type GeocodeResult =
  | {
      ok: true;
      commune: Commune;
      by: GeocodedBy;
      /** The cell value that located the row, as written. */
      value: string;
      /** Set when a bare postcode is shared by several communes and the first was taken. */
      sharedBy?: number;
    }
  | GeocodeFailure;

// When several things fail, the most actionable explanation wins.
const FAILURE_RANK: Record<GeocodeFailure['code'], number> = {
  commune_ambiguous: 4,
  commune_not_found: 3,
  insee_not_found: 2,
  postcode_not_found: 1,
  no_location: 0,
};

/**
 * Places a row without coordinates at the centre of its commune. The INSEE code
 * is the most reliable; then the commune name (a postcode or département helps
 * when the name is shared); then the postcode alone.
 */
export function geocodeRow(query: GeocodeQuery, index: CommuneIndex): GeocodeResult {
  const insee = query.insee?.trim() ?? '';
  const name = query.commune?.trim() ?? '';
  const postcode = query.postcode?.trim() ?? '';
  let failure: GeocodeFailure = { ok: false, code: 'no_location' };
  const fail = (f: GeocodeFailure) => {
    if (FAILURE_RANK[f.code] > FAILURE_RANK[failure.code]) failure = f;
  };

  if (insee) {
    const commune = index.byInsee(insee);
    if (commune) return { ok: true, commune, by: 'insee', value: insee };
    fail({ ok: false, code: 'insee_not_found', value: insee });
  }

  if (name) {
    const found = index.byName(name, {
      ...(postcode ? { postcode } : {}),
      ...(query.department ? { dept: query.department } : {}),
    });
    if (found.status === 'found') {
      return { ok: true, commune: found.commune, by: 'commune', value: name };
    }
    fail(
      found.status === 'ambiguous'
        ? { ok: false, code: 'commune_ambiguous', value: name, candidates: found.candidates }
        : { ok: false, code: 'commune_not_found', value: name },
    );
  }

  if (postcode) {
    const cp = normalizePostcode(postcode);
    const communes = index.byPostcode(postcode);
    if (cp && communes.length > 0) {
      const main = communes.filter((c) => c.postcode === cp);
      const pool = main.length > 0 ? main : communes;
      const commune = pool[0]!;
      return pool.length > 1
        ? { ok: true, commune, by: 'postcode', value: postcode, sharedBy: pool.length }
        : { ok: true, commune, by: 'postcode', value: postcode };
    }
    fail({ ok: false, code: 'postcode_not_found', value: postcode });
  }

  return failure;
}

/** "Saint-Denis (93), Saint-Denis (974)…" for the ambiguity message. */
export function describeCandidates(candidates: readonly Commune[], max = 5): string {
  const shown = candidates.slice(0, max).map((c) => `${c.name} (${c.dept})`);
  return candidates.length > max ? `${shown.join(', ')}…` : shown.join(', ');
}
