import type L from 'leaflet';
import { layerAttributions } from '../../map/layer-attributions';
import { ONLINE_TILES_PANE } from '../../map/panes';
import { framedBounds } from '../../map/print-map';
import { metresPerPixelAt } from '../../map/scale-bar';

/** What was captured: the map's pixels and what the text around them needs to know. */
export interface MapCapture {
  canvas: HTMLCanvasElement;
  bounds: L.LatLngBounds;
  metresPerPixel: number;
  /** The attributions of the layers drawn, as text (online tiles are never drawn). */
  attributions: string[];
  /** Online tiles were on screen and left out: the embedded basemap stands in for them. */
  onlineLeftOut: boolean;
}

/** Draws the map's element into a canvas of `width` × `height`. */
export type DrawMap = (
  el: HTMLElement,
  width: number,
  height: number,
) => Promise<HTMLCanvasElement>;

/**
 * What never goes into the image: the controls (zoom, attribution, overlays of the app), and
 * the online tiles, whose pixels the page may not read back (their hosts are not in
 * connect-src, and a canvas with them would be tainted).
 */
export const LEFT_OUT = [
  '.leaflet-control-container',
  '.basemap-switcher',
  '.territory-jump',
  '.map-menu',
  '.ign-offer',
  'dialog',
  `.leaflet-${ONLINE_TILES_PANE}-pane`,
].join(', ');

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Captures the map at `size` (null: as it is on screen). A different size is made on the map
 * itself, for the time of the capture: its element is laid out at that size (fixed, under the
 * modal dialog), the view keeps its centre and zoom, the layers redraw, `settled` waits for
 * what they fetch; then everything is put back as it was, whatever happened.
 */
export async function captureMap(
  map: L.Map,
  size: { width: number; height: number } | null,
  draw: DrawMap,
  /** Waits for what the layers fetch for a larger view (the communes files). */
  settled: () => Promise<void>,
  /** Gives the view back to the store (and the address) as it was before the capture. */
  putBackView: () => void = () => undefined,
): Promise<MapCapture> {
  const el = map.getContainer();
  const width = size?.width ?? el.clientWidth;
  const height = size?.height ?? el.clientHeight;
  const resize = width !== el.clientWidth || height !== el.clientHeight;
  const center = map.getCenter();
  const zoom = map.getZoom();
  const shown = framedBounds(map, { width, height });
  const inline = { width: el.style.width, height: el.style.height };
  try {
    if (resize) {
      el.classList.add('map--exporting');
      el.style.width = `${width}px`;
      el.style.height = `${height}px`;
      map.invalidateSize({ pan: false });
      // What the screen shows, cut to the new size's proportions (a phone's tall view on a
      // landscape page), as large as the new size allows; the zoom only goes up.
      const fit = Math.max(zoom, map.getBoundsZoom(shown, false));
      map.setView(center, fit, { animate: false });
      await frame();
      await settled();
      await frame();
      await pause(50);
    }
    const { texts, online } = layerAttributions(map);
    const canvas = await draw(el, width, height);
    return {
      canvas,
      bounds: map.getBounds(),
      metresPerPixel: metresPerPixelAt(map.getCenter().lat, map.getZoom()),
      attributions: texts,
      onlineLeftOut: online,
    };
  } finally {
    if (resize) {
      el.classList.remove('map--exporting');
      el.style.width = inline.width;
      el.style.height = inline.height;
      map.invalidateSize({ pan: false });
      map.setView(center, zoom, { animate: false });
      putBackView();
    }
  }
}

/** The capture library, fetched at the first export (a chunk of its own). */
export const drawWithLibrary: DrawMap = async (el, width, height) => {
  const { domToCanvas } = await import('./capture-library');
  return domToCanvas(el, {
    width,
    height,
    // The page's fonts are the system's: nothing to embed, nothing to fetch.
    font: false,
    timeout: 15000,
    filter: (node) => !(node instanceof Element && node.matches(LEFT_OUT)),
  });
};

/**
 * Without the library: the map's own canvases (embedded basemap, communes, QPV) copied where
 * they are, then each marker's SVG symbol. Names and labels, which are HTML, are left out.
 */
export const drawEmbeddedOnly: DrawMap = async (el, width, height) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new RangeError('no 2D context');
  ctx.fillStyle = getComputedStyle(el).backgroundColor || '#dfe6ea';
  ctx.fillRect(0, 0, width, height);
  const origin = el.getBoundingClientRect();
  const at = (node: Element) => {
    const r = node.getBoundingClientRect();
    return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
  };
  for (const c of el.querySelectorAll('canvas')) {
    if (c.closest(LEFT_OUT) || c.width === 0) continue;
    const r = at(c);
    ctx.drawImage(c, r.x, r.y, r.w, r.h);
  }
  for (const svg of el.querySelectorAll('.leaflet-marker-icon svg')) {
    const r = at(svg);
    if (r.w === 0) continue;
    const copy = svg.cloneNode(true) as SVGElement;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('width', String(r.w));
    copy.setAttribute('height', String(r.h));
    const url = URL.createObjectURL(
      new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }),
    );
    try {
      const img = new Image();
      img.src = url;
      await img.decode();
      ctx.drawImage(img, r.x, r.y, r.w, r.h);
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  return canvas;
};
