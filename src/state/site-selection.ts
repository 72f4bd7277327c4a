/**
 * An imported site is selected through the same `selectedId` as a reference
 * pole, so that one details panel is open at a time; its id carries the layer.
 */
const PREFIX = 'site:';

export interface SiteRef {
  layerId: string;
  siteId: string;
}

export function siteSelectionId(layerId: string, siteId: string): string {
  return `${PREFIX}${encodeURIComponent(layerId)}:${encodeURIComponent(siteId)}`;
}

export function parseSiteSelection(id: string | null): SiteRef | null {
  if (!id?.startsWith(PREFIX)) return null;
  const [layer, site, ...rest] = id.slice(PREFIX.length).split(':');
  if (layer === undefined || site === undefined || rest.length > 0) return null;
  try {
    return { layerId: decodeURIComponent(layer), siteId: decodeURIComponent(site) };
  } catch {
    return null;
  }
}
