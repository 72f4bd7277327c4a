import { qpvFilterCategoryLabel } from '../../analysis/qpv-relation-text';
import type { Sector, Wave } from '../../data/types';
import type { Lang, T } from '../../i18n/messages';
import { NO_SECTOR } from '../../state/filters';
import type { ViewWords } from '../../state/view-title';
import { appelLabel } from '../appel-label';
import { sectorLabel } from '../sector-label';

/** The words of the title and of the filters, in the page's language. */
export function viewWords(
  t: T,
  lang: Lang,
  sectors: readonly Sector[],
  waves: readonly Wave[],
): ViewWords {
  return {
    base: t('viewBaseTitle'),
    sectorLabel: (key) => (key === NO_SECTOR ? t('noSector') : sectorLabel(key, sectors, lang)),
    appelLabel: (code) => appelLabel(code, waves, lang),
    qpvLabel: (category) => qpvFilterCategoryLabel(category, lang),
    hiddenSectors: (list) => t('viewHiddenSectors', { list }),
    hiddenAppels: (list) => t('viewHiddenAppels', { list }),
    hiddenQpv: (list) => t('viewHiddenQpv', { list }),
    onlyMembres: t('viewOnlyMembres'),
    around: (base, place) => t('viewAround', { base, place }),
    withWaves: (base, list) => t('viewWaves', { base, waves: list }),
    atYear: (base, year) => t('viewAtYear', { base, year }),
    year: (year) => t('viewYearLine', { year }),
  };
}
