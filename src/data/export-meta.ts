// What every export of the data says about itself: its licence and the date of the data.

declare const __PTCE_DATA_DATE__: string | undefined;

/** The licence of the shipped data (public/data/SOURCES.md). */
export const DATA_LICENCE = 'Licence Ouverte / Etalab 2.0';
export const DATA_LICENCE_URL = 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/';

/**
 * The day ptce.csv last changed (YYYY-MM-DD), set at build time (build/data-date.ts); empty
 * where no build defines it.
 */
export const DATA_DATE: string = typeof __PTCE_DATA_DATE__ === 'string' ? __PTCE_DATA_DATE__ : '';

/** `carte-ptce-export-2026-12-07.csv`: the date of the data in the name, where spreadsheets keep it. */
export function datedFileName(base: string, date: string, ext: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${base}-${date}.${ext}` : `${base}.${ext}`;
}
