import type { T } from '../i18n/use-t';

/**
 * A wave's label from its `appel` code, for the exports and the printed pages. The waves are
 * still a closed list here; when they come from appels.csv, this is the one place that gives
 * their labels to those features.
 */
export function appelLabel(code: string, t: T): string {
  if (code === 'AAP1-2014') return t('call_AAP1_2014');
  if (code === 'AAP2-2016') return t('call_AAP2_2016');
  return code;
}
