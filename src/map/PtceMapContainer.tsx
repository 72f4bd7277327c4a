import { createLeafletContext, LeafletContext } from '@react-leaflet/core';
import type L from 'leaflet';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { createPtceMap, labelMap } from './create-map';
import { earlyMap, settleEarlyMap } from './early-map';
import { setMountedMap } from './map-registry';

/** The map a previous mount created (an error boundary's retry keeps the map and its view). */
let created: L.Map | null = null;

/**
 * What react-leaflet's MapContainer does, except that the map may already exist: the static
 * page creates it before React has loaded (src/map/early-map.ts), and the app adopts it,
 * moving its element into the layout, so the poles never leave the screen. The children are
 * rendered into the map's element, as MapContainer does.
 */
export function PtceMapContainer({ label, children }: { label: string; children: ReactNode }) {
  const [map, setMap] = useState<L.Map | null>(() => earlyMap() ?? created);

  // Called in the commit in which React replaces the static page, which held the map: the map
  // is back in the page before the next paint.
  const attach = useCallback((host: HTMLDivElement | null) => {
    if (!host) return;
    let own = earlyMap() ?? created;
    if (own) {
      host.append(own.getContainer());
      if (own === earlyMap()) settleEarlyMap();
      else own.invalidateSize();
    } else {
      const el = document.createElement('div');
      el.className = 'map';
      host.append(el);
      // Named by the effect below, which follows the language.
      own = created = createPtceMap(el, '');
    }
    setMap(own);
    setMountedMap(own);
    const el = own.getContainer();
    return () => el.remove();
  }, []);

  useEffect(() => {
    if (map) labelMap(map, label);
  }, [map, label]);

  const context = useMemo(() => (map ? createLeafletContext(map) : null), [map]);
  return (
    <div ref={attach} className="map-host">
      {map &&
        context &&
        createPortal(
          <LeafletContext value={context}>{children}</LeafletContext>,
          map.getContainer(),
        )}
    </div>
  );
}
