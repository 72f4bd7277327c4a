import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { getState, useAppStore } from '../state/store';
import { overlayPadding } from './overlay-padding';
import { prefersReducedMotion } from './prefers-reduced-motion';

/** Close enough to read the streets of a neighbourhood, not so close that a commune is lost. */
const FIT_MAX_ZOOM = 16;

/** Shows a box asked for outside the map (the details' "zoom to the neighbourhood"). */
export function ApplyFitRequest() {
  const map = useMap();
  const seq = useAppStore((s) => s.fitRequest?.seq ?? 0);
  useEffect(() => {
    const request = getState().fitRequest;
    if (seq === 0 || !request) return;
    const [w, s, e, n] = request.box;
    const { topLeft, bottomRight } = overlayPadding(map);
    map.fitBounds(L.latLngBounds([s, w], [n, e]), {
      paddingTopLeft: topLeft,
      paddingBottomRight: bottomRight,
      maxZoom: FIT_MAX_ZOOM,
      animate: !prefersReducedMotion(),
    });
  }, [map, seq]);
  return null;
}
