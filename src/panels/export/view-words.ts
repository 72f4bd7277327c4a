import { qpvFilterCategoryLabel } from '../../analysis/qpv-relation-text';
import type { Pole, Sector } from '../../data/types';
import type { Lang } from '../../i18n/messages';
import type { T } from '../../i18n/use-t';
import { NO_SECTOR } from '../../state/filters';
import type { ViewWords } from '../../state/view-title';
import { appelLabel } from '../appel-label';
import { sectorLabel } from '../sector-label';

/** The words of the title and of the filters, in the page's language. */
export function viewWords(t: T, lang: Lang, sectors: readonly Sector[]): ViewWords {
  return {
    base: t('viewBaseTitle'),
    sectorLabel: (key) => (key === NO_SECTOR ? t('noSector') : sectorLabel(key, sectors, lang)),
    appelLabel: (code) => appelLabel(code, t),
    qpvLabel: (category) => qpvFilterCategoryLabel(category, lang),
    hiddenSectors: (list) => t('viewHiddenSectors', { list }),
    hiddenAppels: (list) => t('viewHiddenAppels', { list }),
    hiddenQpv: (list) => t('viewHiddenQpv', { list }),
    onlyMembres: t('viewOnlyMembres'),
    around: (base, place) => t('viewAround', { base, place }),
    withWaves: (base, waves) => t('viewWaves', { base, waves }),
  };
}

/** The waves of the data, in the order of their codes (which begin with their rank). */
export function wavesOf(poles: readonly Pick<Pole, 'appel'>[]): string[] {
  return [...new Set(poles.map((p) => p.appel))].sort();
}
