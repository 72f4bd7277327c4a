import { countByPrecision, type Coverage } from '../../analysis/coverage';
import type { Pole } from '../../data/types';
import { waveName } from '../../data/waves';
import type { Lang } from '../../i18n/messages';
import type { T } from '../../i18n/messages';
import type { CountRow } from '../qpv/CountTable';

/** Per wave: laureates known here, of the official total, with the source of that total. */
export function waveCoverageRows(c: Coverage, lang: Lang, t: T): CountRow[] {
  return c.waves.map((x) => {
    const name = waveName(x.wave, lang);
    return {
      key: x.wave.code,
      label: name,
      count: x.known,
      of: x.wave.laureates,
      source: { href: x.wave.sources[0]!, label: t('coverageSourceOf', { wave: name }) },
    };
  });
}

export function precisionRows(poles: readonly Pole[], t: T): CountRow[] {
  return countByPrecision(poles).map(({ key, count }) => ({
    key,
    count,
    label: t(`precRow_${key}`),
  }));
}
