import type { Lang, MessageKey, T } from './messages';

/** Message keys that come in `_one` / `_other` pairs, without the suffix. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_one`
    ? `${Base}_other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

// Building Intl objects is slow; markers are labelled by the hundred, so each is built once.
const numbers = new Map<Lang, Intl.NumberFormat>();
const rules = new Map<Lang, Intl.PluralRules>();

/** 100 000 in French, 100,000 in English. */
export function formatCount(n: number, lang: Lang): string {
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(LOCALE[lang])));
  return f.format(n);
}

/** The `_one` or `_other` form for n (French counts 0 and 1 as singular), with {n} filled in. */
export function plural(t: T, lang: Lang, key: PluralKey, n: number): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(LOCALE[lang])));
  const form = r.select(n) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, { n: formatCount(n, lang) });
}
