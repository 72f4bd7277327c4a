import type { Coverage } from '../../analysis/coverage';
import type { T } from '../../i18n/use-t';

/** "25 des 37 lauréats des deux appels nationaux sont connus ici : 19 sur 23 (2014), 6 sur 14 (2016)." */
export function coverageSentence(c: Coverage, t: T): string {
  return t('coverageSentence', {
    known: c.known,
    total: c.total,
    calls: c.calls.length === 2 ? t('coverageCallsTwo') : c.calls.length,
    parts: c.calls
      .map((x) => t('coveragePart', { known: x.known, total: x.call.laureates, year: x.year }))
      .join(', '),
  });
}
