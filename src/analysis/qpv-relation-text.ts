import { numberFormat } from '../data/intl-formats';
import type { LocationPrecision } from '../data/types';
import type { QpvBand, QpvFilterCategory, QpvRelation } from './qpv-relation';

export type TextLang = 'fr' | 'en';

/** Keeps a number and its unit, or a French colon, on the same line. */
const NBSP = '\u00a0';

/**
 * Metres below 1 km, rounded to 10 m from 100 m up since the contours are only good to about
 * 11 m; kilometres with one decimal above. Rounding happens before the unit is chosen, so that
 * 996 m reads "1,0 km" rather than "1 000 m".
 */
export function formatDistance(distanceM: number, lang: TextLang): string {
  const metres =
    distanceM < 100 ? Math.max(1, Math.round(distanceM)) : Math.round(distanceM / 10) * 10;
  if (metres < 1000)
    return `${numberFormat(lang, { maximumFractionDigits: 0 }).format(metres)}${NBSP}m`;
  return `${numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(distanceM / 1000)}${NBSP}km`;
}

function exactSentence(relation: Exclude<QpvRelation, { kind: 'unknown' }>, lang: TextLang) {
  const { nom, code, commune } = relation.qpv;
  if (lang === 'fr') {
    switch (relation.kind) {
      case 'inside':
        return `Dans le quartier prioritaire ${nom} (${code})`;
      case 'near':
        return `À ${formatDistance(relation.distanceM, lang)} du quartier prioritaire ${nom} (${code})`;
      case 'far':
        return `À ${formatDistance(relation.distanceM, lang)} du QPV le plus proche${NBSP}: ${nom} (${code}), ${commune}`;
    }
  }
  switch (relation.kind) {
    case 'inside':
      return `In the priority neighbourhood ${nom} (${code})`;
    case 'near':
      return `${formatDistance(relation.distanceM, lang)} from the priority neighbourhood ${nom} (${code})`;
    case 'far':
      return `${formatDistance(relation.distanceM, lang)} from the nearest QPV: ${nom} (${code}), ${commune}`;
  }
}

function approximatePrefix(precision: LocationPrecision, lang: TextLang): string {
  if (lang === 'fr') {
    const centre = precision === 'departement' ? 'centre du département' : 'centre de la commune';
    return `Localisation approximative (${centre})${NBSP}: résultat indicatif — `;
  }
  const centre =
    precision === 'departement' ? 'centre of the département' : 'centre of the commune';
  return `Approximate location (${centre}): indicative result — `;
}

/** The sentence continues the approximate prefix; a leading number is left as it is. */
function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLocaleLowerCase('fr-FR') + sentence.slice(1);
}

/**
 * One plain-text sentence describing a relation, for popups, lists and screen readers; the
 * caller escapes it if it ever goes into HTML.
 */
export function describeQpvRelation(relation: QpvRelation, lang: TextLang): string {
  if (relation.kind === 'unknown') {
    return lang === 'fr'
      ? `Localisation inconnue${NBSP}: situation par rapport aux quartiers prioritaires non déterminée`
      : 'Unknown location: position relative to priority neighbourhoods not determined';
  }
  const sentence = exactSentence(relation, lang);
  if (!relation.approximate) return sentence;
  return approximatePrefix(relation.precision, lang) + lowerFirst(sentence);
}

export function qpvBandLabel(band: QpvBand, lang: TextLang): string {
  const labels: Record<QpvBand, Record<TextLang, string>> = {
    '500m': { fr: `À moins de 500${NBSP}m`, en: `Within 500${NBSP}m` },
    '1km': { fr: `Entre 500${NBSP}m et 1${NBSP}km`, en: `Between 500${NBSP}m and 1${NBSP}km` },
  };
  return labels[band][lang];
}

export function qpvFilterCategoryLabel(category: QpvFilterCategory, lang: TextLang): string {
  const labels: Record<QpvFilterCategory, Record<TextLang, string>> = {
    in: { fr: 'Dans un quartier prioritaire', en: 'In a priority neighbourhood' },
    within1km: {
      fr: `À moins de 1${NBSP}km d'un quartier prioritaire`,
      en: `Within 1${NBSP}km of a priority neighbourhood`,
    },
    farther: {
      fr: `À plus de 1${NBSP}km d'un quartier prioritaire`,
      en: `More than 1${NBSP}km from a priority neighbourhood`,
    },
    unknown: { fr: 'Localisation inconnue', en: 'Unknown location' },
  };
  return labels[category][lang];
}
