import type L from 'leaflet';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { mountedMap } from '../map/map-registry';
import { mmToPx, sizeMapForPrint } from '../map/print-map';
import { getState, setState } from '../state/store';

/** The map on paper: beside the legend on the view's page, beside the facts on a pole's sheet. */
export const PRINT_MAP_MM = { view: { width: 200, height: 138 }, pole: { width: 120, height: 85 } };
/** A pole's neighbourhood on its sheet. */
const POLE_ZOOM = 14;

export interface Printing {
  /** The address of what is printed, taken before the map moves for the paper. */
  link: string;
  /** The pole whose sheet is printed, if one is open. */
  poleId: string | null;
  bounds: L.LatLngBounds | null;
}

/**
 * Set while the page prints (Ctrl+P, the browser's menu or the "Imprimer" button; also a print
 * emulation, through the print media query): the print parts are rendered synchronously before
 * the browser lays the page out for paper, and the map is sized for it, then put back.
 */
export function usePrinting(): Printing | null {
  const [printing, setPrinting] = useState<Printing | null>(null);
  useEffect(() => {
    let restore: (() => void) | null = null;
    const start = () => {
      if (restore) return;
      const map = mountedMap();
      const { selectedId, poles } = getState();
      const pole =
        selectedId && poles.state === 'ready'
          ? poles.value.poles.find((p) => p.id === selectedId)
          : undefined;
      const link = location.href;
      let bounds: L.LatLngBounds | null = null;
      // The map moves for paper and the store follows it: the view it had comes back after.
      const view = getState().view;
      if (map) {
        const mm = pole ? PRINT_MAP_MM.pole : PRINT_MAP_MM.view;
        const focus =
          pole && pole.lat !== null && pole.lon !== null
            ? { lat: pole.lat, lon: pole.lon, zoom: POLE_ZOOM }
            : null;
        const putBack = sizeMapForPrint(
          map,
          { width: mmToPx(mm.width), height: mmToPx(mm.height) },
          focus,
        );
        restore = () => {
          putBack();
          setState({ view });
        };
        bounds = map.getBounds();
      } else restore = () => undefined;
      flushSync(() => setPrinting({ link, poleId: pole?.id ?? null, bounds }));
    };
    const end = () => {
      if (!restore) return;
      restore();
      restore = null;
      setPrinting(null);
    };
    const media = matchMedia('print');
    const change = (e: MediaQueryListEvent) => (e.matches ? start() : end());
    addEventListener('beforeprint', start);
    addEventListener('afterprint', end);
    media.addEventListener('change', change);
    return () => {
      removeEventListener('beforeprint', start);
      removeEventListener('afterprint', end);
      media.removeEventListener('change', change);
      end();
    };
  }, []);
  return printing;
}
