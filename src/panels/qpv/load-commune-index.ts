import type { CommuneIndex } from '../../data/communes';
import { fetchDataText } from '../../data/fetch-data';

export const COMMUNES_FILE = 'communes-centres.csv';
const POSTCODES_FILE = 'communes-codes-postaux.csv';

/** The offline commune tables, for the place check. */
export async function loadCommuneIndex(): Promise<CommuneIndex> {
  const [centres, postcodes, { buildCommuneIndex }] = await Promise.all([
    fetchDataText(COMMUNES_FILE),
    fetchDataText(POSTCODES_FILE),
    // The index code is only needed with the place check open (a lazy chunk).
    import('../../data/communes'),
  ]);
  return buildCommuneIndex(centres, postcodes);
}
