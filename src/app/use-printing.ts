import type L from 'leaflet';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { mountedMap } from '../map/map-registry';
import { mmToPx, sizeMapForPrint, type PrintFocus } from '../map/print-map';
import { drawnTerritoryBox } from '../map/territory-box';
import { getState, setState } from '../state/store';

/**
 * The map on paper: beside the legend on the view's page, beside the facts on a pole's sheet,
 * beside the first figures on a territory's.
 */
export const PRINT_MAP_MM = {
  view: { width: 200, height: 138 },
  pole: { width: 120, height: 85 },
  territory: { width: 120, height: 100 },
};
/** A pole's neighbourhood on its sheet. */
const POLE_ZOOM = 14;

export interface Printing {
  /** The address of what is printed, taken before the map moves for the paper. */
  link: string;
  /** The pole whose sheet is printed, if one is open. */
  poleId: string | null;
  /** The territory whose profile is printed as its sheet (open, and no pole over it). */
  territory: string | null;
  bounds: L.LatLngBounds | null;
}

/** The page's class while printing: which sheet print.css lays out. */
export function printClass(printing: Printing): string {
  if (printing.poleId) return ' app--print-pole';
  return printing.territory ? ' app--print-territory' : ' app--print-view';
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
      const { selectedId, poles, territory: openTerritory } = getState();
      const pole =
        selectedId && poles.state === 'ready'
          ? poles.value.poles.find((p) => p.id === selectedId)
          : undefined;
      // A pole's details lie over the profile: its sheet wins.
      const territory = pole || selectedId ? null : openTerritory;
      const link = location.href;
      let bounds: L.LatLngBounds | null = null;
      // The map moves for paper and the store follows it: the view it had comes back after.
      const view = getState().view;
      if (map) {
        const mm = pole
          ? PRINT_MAP_MM.pole
          : territory
            ? PRINT_MAP_MM.territory
            : PRINT_MAP_MM.view;
        const box = territory ? drawnTerritoryBox(territory) : null;
        const focus: PrintFocus | null =
          pole && pole.lat !== null && pole.lon !== null
            ? { lat: pole.lat, lon: pole.lon, zoom: POLE_ZOOM }
            : box
              ? { box }
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
      flushSync(() => setPrinting({ link, poleId: pole?.id ?? null, territory, bounds }));
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
