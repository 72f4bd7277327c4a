import type { Wave } from '../data/types';
import { waveName } from '../data/waves';
import type { Lang } from '../i18n/messages';

/**
 * A wave's name from its `appel` code, for the exports and the printed pages: from appels.csv
 * (`PolesData.waves`), or the code itself for a wave the file does not list.
 */
export function appelLabel(code: string, waves: readonly Wave[], lang: Lang): string {
  const wave = waves.find((w) => w.code === code);
  return wave ? waveName(wave, lang) : code;
}
