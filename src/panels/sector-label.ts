import type { Sector } from '../data/types';
import type { Lang } from '../i18n/messages';

export function sectorLabel(key: string, sectors: readonly Sector[], lang: Lang): string {
  const s = sectors.find((x) => x.key === key);
  if (!s) return key;
  return lang === 'en' ? s.labelEn : s.labelFr;
}
