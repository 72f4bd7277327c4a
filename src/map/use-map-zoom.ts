import type L from 'leaflet';
import { useEffect, useState } from 'react';

/** The map's zoom, read again after each zoom. */
export function useMapZoom(map: L.Map): number {
  const [zoom, setZoom] = useState(() => map.getZoom());
  useEffect(() => {
    const update = () => setZoom(map.getZoom());
    update();
    map.on('zoomend', update);
    return () => {
      map.off('zoomend', update);
    };
  }, [map]);
  return zoom;
}

/** Whether the map is at `min` or closer. */
export function useZoomAtLeast(map: L.Map, min: number): boolean {
  return useMapZoom(map) >= min;
}
