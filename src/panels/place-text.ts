import type { Pole } from '../data/types';
import type { T } from '../i18n/messages';

/**
 * Where a pole is, as precisely as it is known: its commune, or else its département or its
 * région with "commune inconnue", so that a pole known only by its région says so.
 */
export function placeText(
  pole: Pick<Pole, 'commune' | 'departement' | 'region'>,
  departementNames: Readonly<Record<string, string>> | null,
  t: T,
): string {
  if (pole.commune) return pole.commune;
  const code = pole.departement.trim();
  if (code) {
    const name = departementNames?.[code];
    return t('departementOnlyPlace', { departement: name ? `${name} (${code})` : code });
  }
  return pole.region ? t('regionOnlyPlace', { region: pole.region }) : '';
}
