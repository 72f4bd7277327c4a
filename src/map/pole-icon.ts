import L from 'leaflet';
import type { LocationPrecision } from '../data/types';
import { declutter, type Offset } from './declutter';
import { makeMarkerButton } from './marker-button';
import type { PoleSymbol } from './pole-symbol';
import { markerHtml, sectorStyle } from './sector-style';

const APPROXIMATE = new Set<LocationPrecision>(['commune', 'departement']);
const iconCache = new Map<string, L.DivIcon>();

export const NO_OFFSET: Offset = [0, 0];

export function poleIcon(pole: PoleSymbol, selected: boolean, [dx, dy]: Offset): L.DivIcon {
  const approximate = APPROXIMATE.has(pole.precision);
  const hollow = pole.accompanied;
  const key = `${pole.sector ?? ''}|${approximate}|${hollow}|${selected}|${dx}|${dy}`;
  let icon = iconCache.get(key);
  if (!icon) {
    const size = selected ? 36 : 28;
    icon = L.divIcon({
      html: markerHtml(sectorStyle(pole.sector), { approximate, selected, hollow }),
      className: `pole-marker${selected ? ' is-selected' : ''}${approximate ? ' is-approx' : ''}${hollow ? ' is-accompanied' : ''}`,
      iconSize: [size, size],
      // A symbol moved aside to avoid overlapping another is drawn off its anchor.
      iconAnchor: [size / 2 - dx, size / 2 - dy],
    });
    iconCache.set(key, icon);
  }
  return icon;
}

/** Options of every pole marker: a keyboard stop, named after the pole (see decoratePoleMarker). */
export function poleMarkerOptions(pole: PoleSymbol, selected: boolean, offset: Offset) {
  return {
    icon: poleIcon(pole, selected, offset),
    title: pole.nom,
    keyboard: true,
    riseOnHover: true,
    zIndexOffset: selected ? 1000 : 0,
  } satisfies L.MarkerOptions;
}

/** Names the marker after the pole and lets Enter or Space open its details. */
export function decoratePoleMarker(marker: L.Marker, pole: PoleSymbol, activate: () => void) {
  const el = marker.getElement();
  if (!el) return;
  el.setAttribute('data-pole-id', pole.id);
  makeMarkerButton(el, pole.nom, activate);
}

/** Centre-to-centre distance under which two pole symbols are moved apart, in pixels. */
const MIN_DISTANCE = 34;

/**
 * Pixel offsets that keep the pole symbols from overlapping at `zoom`. They depend on the zoom
 * only (projected pixels move together when panning).
 */
export function declutterPoles(
  map: L.Map,
  poles: readonly Pick<PoleSymbol, 'id' | 'lat' | 'lon'>[],
  zoom: number,
): ReadonlyMap<string, Offset> {
  const points = poles.map((p) => {
    const pt = map.project([p.lat, p.lon], zoom);
    return { id: p.id, x: pt.x, y: pt.y };
  });
  return declutter(points, MIN_DISTANCE);
}
