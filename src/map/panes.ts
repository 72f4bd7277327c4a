import type L from 'leaflet';

/**
 * Panes nested in the overlay pane, under every other overlay (Leaflet gives canvases z-index
 * 100 and SVGs 200 there): the embedded basemap at the bottom, online tiles over it. Tiles are
 * transparent until they load, so the embedded basemap shows through until then.
 */
export const BASEMAP_PANE = 'ptce-basemap';
export const ONLINE_TILES_PANE = 'ptce-online-tiles';
/** Commune outlines: over the embedded basemap, under online tiles (which draw their own). */
export const COMMUNES_PANE = 'ptce-communes';

const Z_INDEX: Record<string, string> = {
  [BASEMAP_PANE]: '50',
  [COMMUNES_PANE]: '55',
  [ONLINE_TILES_PANE]: '60',
};

export function ensurePane(
  map: L.Map,
  name: typeof BASEMAP_PANE | typeof COMMUNES_PANE | typeof ONLINE_TILES_PANE,
) {
  const existing = map.getPane(name);
  if (existing) return existing;
  const pane = map.createPane(name, map.getPane('overlayPane'));
  pane.style.zIndex = Z_INDEX[name]!;
  return pane;
}
