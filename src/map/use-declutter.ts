import { useMemo, useState } from 'react';
import { useMap, useMapEvent } from 'react-leaflet';
import type { Pole } from '../data/types';
import { declutter, type Offset } from './declutter';

/** Centre-to-centre distance under which two pole symbols are moved apart, in pixels. */
const MIN_DISTANCE = 34;

/**
 * Pixel offsets that keep the pole symbols from overlapping at the current zoom. Offsets depend
 * on the zoom only (projected pixels move together when panning).
 */
export function useDeclutter(poles: readonly Pole[]): ReadonlyMap<string, Offset> {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvent('zoomend', () => setZoom(map.getZoom()));
  return useMemo(() => {
    const points = poles
      .filter((p) => p.lat !== null && p.lon !== null)
      .map((p) => {
        const pt = map.project([p.lat!, p.lon!], zoom);
        return { id: p.id, x: pt.x, y: pt.y };
      });
    return declutter(points, MIN_DISTANCE);
  }, [poles, zoom, map]);
}
