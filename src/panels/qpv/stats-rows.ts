import type { QpvFilterCategory } from '../../analysis/qpv-relation';
import { qpvFilterCategoryLabel } from '../../analysis/qpv-relation-text';
import {
  NONE_KEY,
  countByAppel,
  countByQpvCategory,
  countByRegion,
  countBySector,
} from '../../analysis/stats';
import type { Pole, Sector } from '../../data/types';
import type { Lang } from '../../i18n/messages';
import type { T } from '../../i18n/use-t';
import { sectorLabel } from '../sector-label';
import type { CountRow } from './CountTable';

export interface StatsRows {
  sector: CountRow[];
  region: CountRow[];
  appel: CountRow[];
  qpv: CountRow[];
}

/** The four breakdowns of the poles shown, labelled in the interface language. */
export function statsRows(
  poles: readonly Pole[],
  sectors: readonly Sector[],
  categories: ReadonlyMap<string, QpvFilterCategory>,
  lang: Lang,
  t: T,
): StatsRows {
  return {
    sector: countBySector(poles).map(({ key, count }) => ({
      key,
      count,
      label: key === NONE_KEY ? t('noSector') : sectorLabel(key, sectors, lang),
    })),
    region: countByRegion(poles).map(({ key, count }) => ({
      key,
      count,
      label: key === NONE_KEY ? t('noRegion') : key,
    })),
    appel: countByAppel(poles).map(({ key, count }) => ({
      key,
      count,
      label: key === 'AAP1-2014' ? t('call_AAP1_2014') : t('call_AAP2_2016'),
    })),
    qpv: countByQpvCategory(poles, categories).map(({ key, count }) => ({
      key,
      count,
      label: qpvFilterCategoryLabel(key, lang),
    })),
  };
}
