import { buildCommuneIndex, type CommuneIndex } from '../../data/communes';
import { fetchDataText } from '../../data/fetch-data';

export const COMMUNES_FILE = 'communes-centres.csv';
const POSTCODES_FILE = 'communes-codes-postaux.csv';

/** The offline commune tables, for the place check. */
export async function loadCommuneIndex(): Promise<CommuneIndex> {
  const [centres, postcodes] = await Promise.all([
    fetchDataText(COMMUNES_FILE),
    fetchDataText(POSTCODES_FILE),
  ]);
  return buildCommuneIndex(centres, postcodes);
}
