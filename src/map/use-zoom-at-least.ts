import type L from 'leaflet';
import { useEffect, useState } from 'react';

/** Whether the map is at `min` or closer; re-renders only when that answer changes. */
export function useZoomAtLeast(map: L.Map, min: number): boolean {
  const [above, setAbove] = useState(() => map.getZoom() >= min);
  useEffect(() => {
    const update = () => setAbove(map.getZoom() >= min);
    update();
    map.on('zoomend', update);
    return () => {
      map.off('zoomend', update);
    };
  }, [map, min]);
  return above;
}
