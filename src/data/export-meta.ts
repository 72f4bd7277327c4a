// What every export of the data says about itself: its licence and the date of the data.

declare const __PTCE_DATA_DATE__: string | undefined;

/** The licence of the shipped data (public/data/SOURCES.md). */
export const DATA_LICENCE = 'Licence Ouverte / Etalab 2.0';
export const DATA_LICENCE_URL = 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/';

/**
 * The date of the data (YYYY-MM-DD): the day public/data last changed in git, set at build time
 * by build/data-version.ts, as in data/version.json; empty where no build defines it.
 */
export const DATA_DATE: string = typeof __PTCE_DATA_DATE__ === 'string' ? __PTCE_DATA_DATE__ : '';

/** `carte-ptce-export-2026-12-07.csv`: the date of the data in the name, where spreadsheets keep it. */
export function datedFileName(base: string, date: string, ext: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${base}-${date}.${ext}` : `${base}.${ext}`;
}
