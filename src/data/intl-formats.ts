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

/** A day written out in the page's language ("4 juillet 2014"), read as a UTC date. */
export function longDate(isoDate: string, lang: keyof typeof LOCALES): string {
  let format = dates.get(lang);
  if (!format)
    dates.set(
      lang,
      (format = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' })),
    );
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
