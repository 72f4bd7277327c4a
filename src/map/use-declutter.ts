import { useMemo, useState } from 'react';
import { useMap, useMapEvent } from 'react-leaflet';
import type { Offset } from './declutter';
import { declutterPoles } from './pole-icon';
import type { PoleSymbol } from './pole-symbol';

/** Pixel offsets that keep the pole symbols from overlapping at the current zoom. */
export function useDeclutter(poles: readonly PoleSymbol[]): ReadonlyMap<string, Offset> {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvent('zoomend', () => setZoom(map.getZoom()));
  return useMemo(() => declutterPoles(map, poles, zoom), [poles, zoom, map]);
}
