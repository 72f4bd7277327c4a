import { fetchDataText } from '../../data/fetch-data';
import {
  createCommuneLookup,
  parseCommuneCentres,
  parsePostcodes,
} from '../../data/communes-lookup';
import type { CommuneFinder } from './place-query';

export const COMMUNES_FILE = 'communes-centres.csv';
const POSTCODES_FILE = 'communes-codes-postaux.csv';

/** The offline commune tables, for the place check. */
export async function loadCommuneFinder(): Promise<CommuneFinder> {
  const [centres, postcodes] = await Promise.all([
    fetchDataText(COMMUNES_FILE),
    fetchDataText(POSTCODES_FILE),
  ]);
  return createCommuneLookup(parseCommuneCentres(centres), parsePostcodes(postcodes));
}
