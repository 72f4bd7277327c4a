import L from 'leaflet';
import { useEffect, useState } from 'react';
import { ONLINE_TILES, tileUrl, type OnlineTilesId } from './online-tiles';
import { ONLINE_TILES_PANE, ensurePane } from './panes';

/** Consecutive tile errors after which a layer counts as unreachable. */
const MAX_CONSECUTIVE_ERRORS = 3;

export type TilesStatus =
  | { state: 'idle' }
  | { state: 'probing'; id: OnlineTilesId }
  | { state: 'shown'; id: OnlineTilesId }
  | { state: 'failed'; id: OnlineTilesId };

function probe(url: string): { done: Promise<boolean>; cancel: () => void } {
  const img = new Image();
  const done = new Promise<boolean>((resolve) => {
    img.onload = () => resolve(true);
    img.onerror = () => resolve(false);
  });
  img.src = url;
  return {
    done,
    cancel: () => {
      img.onload = img.onerror = null;
      img.removeAttribute('src');
    },
  };
}

/**
 * Shows the chosen online tiles over the embedded basemap. One tile at the centre of the view is
 * fetched first: when it fails (no network, blocked host) no layer is added, so a dead network
 * costs one failed request instead of a screenful. Once the layer is on, a run of errors
 * without a single success removes it. Either way `onFailure` is called once.
 */
export function useOnlineTiles(
  map: L.Map,
  id: OnlineTilesId | null,
  onFailure: (id: OnlineTilesId) => void,
): TilesStatus {
  const [status, setStatus] = useState<TilesStatus>({ state: 'idle' });

  useEffect(() => {
    if (id === null) return;
    const tiles = ONLINE_TILES[id];
    let layer: L.TileLayer | null = null;
    let finished = false;
    const fail = () => {
      if (finished) return;
      finished = true;
      layer?.remove();
      setStatus({ state: 'failed', id });
      onFailure(id);
    };

    const z = Math.min(Math.round(map.getZoom()), tiles.maxZoom);
    const centre = map.project(map.getCenter(), z).divideBy(256).floor();
    const check = probe(tileUrl(tiles, centre.x, centre.y, z));
    const startTimer = setTimeout(() => setStatus({ state: 'probing', id }), 0);
    check.done.then((ok) => {
      if (finished) return;
      if (!ok) return fail();
      ensurePane(map, ONLINE_TILES_PANE);
      let consecutiveErrors = 0;
      layer = L.tileLayer(tiles.url, {
        pane: ONLINE_TILES_PANE,
        attribution: tiles.attribution,
        maxZoom: tiles.maxZoom,
        maxNativeZoom: tiles.maxZoom,
      });
      layer.on('tileload', () => (consecutiveErrors = 0));
      layer.on('tileerror', () => {
        if (++consecutiveErrors >= MAX_CONSECUTIVE_ERRORS) fail();
      });
      layer.addTo(map);
      setStatus({ state: 'shown', id });
    });
    return () => {
      finished = true;
      clearTimeout(startTimer);
      check.cancel();
      layer?.remove();
    };
    // onFailure is an event callback: a new function identity must not reload the tiles.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, id]);

  // A failure stays on screen until the next choice; anything else belongs to the current one.
  if (status.state === 'failed' || (status.state !== 'idle' && status.id === id)) return status;
  return { state: 'idle' };
}
