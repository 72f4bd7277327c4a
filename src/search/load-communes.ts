import type { CommuneIndex } from '../data/communes';
import { fetchDataText } from '../data/fetch-data';

let loading: Promise<CommuneIndex> | null = null;

/**
 * The commune index for the search box, fetched and built once, on first use (the user starts
 * typing), not at start-up; a failure lets the next call try again.
 */
export function loadCommuneIndex(): Promise<CommuneIndex> {
  loading ??= Promise.all([
    fetchDataText('communes-centres.csv'),
    fetchDataText('communes-codes-postaux.csv'),
    // The index code, like its data, is only needed once someone types (a lazy chunk).
    import('../data/communes'),
  ]).then(
    ([centres, postcodes, { buildCommuneIndex }]) => buildCommuneIndex(centres, postcodes),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}
