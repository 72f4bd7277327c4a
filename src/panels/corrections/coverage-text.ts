import type { Coverage } from '../../analysis/coverage';
import { waveName } from '../../data/waves';
import type { Lang } from '../../i18n/messages';
import type { T } from '../../i18n/messages';

/**
 * "62 des 197 lauréats des 7 vagues de soutien de l'État sont connus ici : 19 sur 23 (…), …",
 * preceded by "Fin 2016 :" when the map shows a past year.
 */
export function coverageSentence(c: Coverage, year: number | null, lang: Lang, t: T): string {
  const sentence = t('coverageSentence', {
    known: c.known,
    total: c.total,
    waves: c.waves.length,
    parts: c.waves
      .map((x) =>
        t('coveragePart', {
          known: x.known,
          total: x.wave.laureates,
          wave: waveName(x.wave, lang),
        }),
      )
      .join(', '),
  });
  return year === null ? sentence : t('coverageAtYear', { year, sentence });
}
