import L from 'leaflet';
import { cropToAspect } from './frame-crop';

/** Millimetres on paper to CSS pixels (96 per inch). */
export const mmToPx = (mm: number) => Math.round((mm * 96) / 25.4);

/**
 * What the map shows now, cut to the proportions of a frame of `size` (centred): the part of
 * the view that frame will show as large as it can.
 */
export function framedBounds(map: L.Map, size: { width: number; height: number }): L.LatLngBounds {
  const { x: w, y: h } = map.getSize();
  const crop = cropToAspect(w, h, size.width / size.height);
  const nw = map.containerPointToLatLng([(w - crop.width) / 2, (h - crop.height) / 2]);
  const se = map.containerPointToLatLng([(w + crop.width) / 2, (h + crop.height) / 2]);
  return L.latLngBounds(nw, se);
}

/** What a sheet's map shows: a pole's neighbourhood, or a territory's box [w, s, e, n]. */
export type PrintFocus =
  { lat: number; lon: number; zoom: number } | { box: [number, number, number, number] };

/**
 * Lays the map out at `size` CSS pixels for printing (the print stylesheet keeps that size on
 * paper), showing what the screen showed as large as the size allows, or `focus` (a pole's
 * neighbourhood, a territory's outline). Returns what puts the map back as it was.
 */
export function sizeMapForPrint(
  map: L.Map,
  size: { width: number; height: number },
  focus: PrintFocus | null,
): () => void {
  const el = map.getContainer();
  const center = map.getCenter();
  const zoom = map.getZoom();
  const shown = framedBounds(map, size);
  const inline = { width: el.style.width, height: el.style.height };
  el.classList.add('map--printing');
  el.style.width = `${size.width}px`;
  el.style.height = `${size.height}px`;
  map.invalidateSize({ pan: false });
  if (focus && 'box' in focus) {
    const [w, s, e, n] = focus.box;
    // As large as the frame allows: the screen's half steps of zoom can leave it at half size.
    const snap = map.options.zoomSnap;
    map.options.zoomSnap = 0.1;
    map.fitBounds(L.latLngBounds([s, w], [n, e]), { padding: [6, 6], animate: false });
    map.options.zoomSnap = snap;
  } else if (focus) map.setView([focus.lat, focus.lon], focus.zoom, { animate: false });
  else map.setView(center, Math.max(zoom, map.getBoundsZoom(shown, false)), { animate: false });
  return () => {
    el.classList.remove('map--printing');
    el.style.width = inline.width;
    el.style.height = inline.height;
    map.invalidateSize({ pan: false });
    map.setView(center, zoom, { animate: false });
  };
}
