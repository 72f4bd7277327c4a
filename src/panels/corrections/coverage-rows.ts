import { countByPrecision, type Coverage } from '../../analysis/coverage';
import type { Pole } from '../../data/types';
import type { T } from '../../i18n/use-t';
import type { CountRow } from '../qpv/CountTable';

/** Per call: laureates known here, of the official total, with the source of that total. */
export function callCoverageRows(c: Coverage, t: T): CountRow[] {
  return c.calls.map((x) => ({
    key: x.call.appel,
    label: x.call.appel === 'AAP1-2014' ? t('call_AAP1_2014') : t('call_AAP2_2016'),
    count: x.known,
    of: x.call.laureates,
    source: { href: x.call.source, label: t('coverageSourceOf', { year: x.year }) },
  }));
}

export function precisionRows(poles: readonly Pole[], t: T): CountRow[] {
  return countByPrecision(poles).map(({ key, count }) => ({
    key,
    count,
    label: t(`precRow_${key}`),
  }));
}
