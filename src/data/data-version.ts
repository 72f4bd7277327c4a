import { fetchDataJson } from './fetch-data';

/** The file the build writes with the date of the shipped data (build/data-version.ts). */
export const DATA_VERSION_FILE = 'version.json';

/** The day of `data/version.json` (YYYY-MM-DD), or null when it is absent, unknown or malformed. */
export function readDataDate(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || !('date' in json)) return null;
  const { date } = json;
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

/** Fetches the date of the data; a missing or broken file is no date, never an error shown. */
export async function loadDataDate(): Promise<string | null> {
  try {
    return readDataDate(await fetchDataJson(DATA_VERSION_FILE));
  } catch {
    return null;
  }
}
