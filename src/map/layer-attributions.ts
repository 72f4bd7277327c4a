import type L from 'leaflet';
import { ONLINE_TILES_PANE } from './panes';

/** An attribution's text (Leaflet's attributions may hold links): parsed, never run. */
function attributionText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The attributions of the layers on `map`, as text, apart from the online tiles' (never in an
 * image: `online` says whether they were on).
 */
export function layerAttributions(map: L.Map): { texts: string[]; online: boolean } {
  const texts = new Set<string>();
  let online = false;
  map.eachLayer((layer) => {
    if (layer.options.pane === ONLINE_TILES_PANE) {
      online = true;
      return;
    }
    const html = layer.getAttribution?.();
    if (html) texts.add(attributionText(html));
  });
  return { texts: [...texts].filter(Boolean), online };
}
