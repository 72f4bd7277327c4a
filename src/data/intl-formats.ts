import type { PartialDate } from './types';

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number format of the page's language, built when first used and kept: building one costs
 * milliseconds (its locale data loads), which a module's top level would add to the page's start.
 */
export function numberFormat(
  lang: keyof typeof LOCALES,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(LOCALES[lang], options)));
  return format;
}

const dates = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: keyof typeof LOCALES, options: Intl.DateTimeFormatOptions) {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = dates.get(key);
  if (!format)
    dates.set(
      key,
      (format = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' })),
    );
  return format;
}

/** A day written out in the page's language ("4 juillet 2014"), read as a UTC date. */
export function longDate(isoDate: string, lang: keyof typeof LOCALES): string {
  return dateFormat(lang, { dateStyle: 'long' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A date as precise as it is known: "17 octobre 2023", "octobre 2024" or "2021". */
export function partialDate(date: PartialDate, lang: keyof typeof LOCALES): string {
  if (date.month === null) return String(date.year);
  const at = new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
  if (date.day === null) return dateFormat(lang, { month: 'long', year: 'numeric' }).format(at);
  return dateFormat(lang, { dateStyle: 'long' }).format(at);
}
