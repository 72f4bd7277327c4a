import type { T } from '../i18n/messages';

/**
 * An imported site's name, or what to call it when the file gives none: a GeoJSON feature
 * ("f3") is "Objet 3", as in the import report; a row ("r3") is "Site sans nom (ligne 3)".
 */
export function siteName(site: { nom: string; row: number }, siteId: string, t: T): string {
  if (site.nom) return site.nom;
  return siteId.startsWith('f')
    ? t('siteFeatureUnnamed', { row: site.row })
    : t('siteUnnamed', { row: site.row });
}
