/**
 * Text helpers shared by the import modules: comparison keys for fuzzy matching
 * and the plain-text clean-up applied to every value read from a user's file.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const NON_ALNUM = /[^a-z0-9]+/g;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * Comparison key: lower case, no accents, ligatures spelled out, every run of
 * punctuation/space (hyphen, apostrophe, underscore…) collapsed to one space.
 * "Saint-Étienne", "saint_etienne" and "SAINT ÉTIENNE" share one key.
 */
export function normalizeKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .replace(NON_ALNUM, ' ')
    .trim();
}

/**
 * Like normalizeKey, but splits camelCase first ("codePostal" → "code postal")
 * and reads the French optional plural "Secteur(s)" as "secteurs".
 */
export function normalizeHeader(value: string): string {
  return normalizeKey(value.replace(/\((s|e|es)\)/gi, '$1').replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/** A short ASCII identifier (for custom sector keys). */
export function slugify(value: string): string {
  return normalizeKey(value).replace(/ /g, '-');
}

// C0 controls except tab and line feed, DEL, C1 controls, and the bidi
// embedding/override/isolate marks that can make a name display reversed.
const UNSAFE_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Longest text kept from one cell: protects the UI from a runaway multi-megabyte cell. */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * Values from a file are only ever shown as plain text. This drops the
 * invisible control characters, turns CR/CRLF into LF and trims; it does not
 * escape HTML because nothing downstream may interpret it as HTML.
 */
export function cleanText(value: string): string {
  let text = value;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  text = text.replace(UNSAFE_CHARS, '').trim();
  return text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
}

/** Collapses all whitespace (including line breaks) for one-line fields such as a name. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ');
}
