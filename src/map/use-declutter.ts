import { useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { Offset } from './declutter';
import { declutterPoles } from './pole-icon';
import type { PoleSymbol } from './pole-symbol';
import { useMapZoom } from './use-map-zoom';

/** Pixel offsets that keep the pole symbols from overlapping at the current zoom. */
export function useDeclutter(poles: readonly PoleSymbol[]): ReadonlyMap<string, Offset> {
  const map = useMap();
  const zoom = useMapZoom(map);
  return useMemo(() => declutterPoles(map, poles, zoom), [poles, zoom, map]);
}
