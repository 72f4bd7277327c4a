import type { QpvFilterCategory } from '../../analysis/qpv-relation';
import { qpvFilterCategoryLabel } from '../../analysis/qpv-relation-text';
import {
  NONE_KEY,
  countByQpvCategory,
  countByRegion,
  countBySector,
  countByWave,
} from '../../analysis/stats';
import type { Pole, Sector, Wave } from '../../data/types';
import { waveName, wavesByCode } from '../../data/waves';
import type { Lang } from '../../i18n/messages';
import type { T } from '../../i18n/messages';
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
  waves: readonly Wave[],
  categories: ReadonlyMap<string, QpvFilterCategory>,
  lang: Lang,
  t: T,
): StatsRows {
  const byCode = wavesByCode(waves);
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
    appel: countByWave(poles, waves).map(({ key, count }) => ({
      key,
      count,
      label: waveName(byCode.get(key)!, lang),
    })),
    qpv: countByQpvCategory(poles, categories).map(({ key, count }) => ({
      key,
      count,
      label: qpvFilterCategoryLabel(key, lang),
    })),
  };
}
