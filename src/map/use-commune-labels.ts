import L from 'leaflet';
import { useEffect } from 'react';
import { communeAt, type CommuneSet } from '../data/commune-set';
import { placeLabels, type LabelCandidate, type Rect } from './commune-labels';
import { COMMUNES_MIN_ZOOM } from './communes-view';
import { useAppStore } from '../state/store';

export const COMMUNE_LABELS_PANE = 'ptce-commune-labels';

// The same family as the page (styles.css), so that measured widths match the drawn text.
const FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const FONT = { major: `700 13px ${FAMILY}`, minor: `600 11px ${FAMILY}` };
const HEIGHT = { major: 17, minor: 15 };
/** Horizontal padding inside a name's box (CSS .commune-label has 2 px each side). */
const PAD_X = 4;
/** Names are placed over the view and this share of its size around it, for short pans. */
const MARGIN = 0.3;
/**
 * At most this many names over that area (about 70 on the screen itself): a map to read, and
 * a bounded amount of text for the browser to lay out after each move.
 */
const MAX_LABELS = 180;
/** Where the commune under the view is named when its own anchor is off screen (share of height). */
const HERE_HEIGHT = 0.3;

/** The screen boxes of what names must leave clear: pole symbols, the neighbourhood labels. */
function obstacles(map: L.Map): Rect[] {
  const origin = map.getContainer().getBoundingClientRect();
  const panes = [map.getPane('markerPane'), map.getPane('tooltipPane')];
  const out: Rect[] = [];
  for (const pane of panes) {
    pane?.querySelectorAll('.leaflet-marker-icon, .quartier-label').forEach((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return;
      out.push({
        x0: r.left - origin.left,
        y0: r.top - origin.top,
        x1: r.right - origin.left,
        y1: r.bottom - origin.top,
      });
    });
  }
  return out;
}

/** Width of the map left of the details panel floating over its right side. */
function freeWidth(map: L.Map, width: number): number {
  const panel = document.querySelector('.details')?.getBoundingClientRect();
  if (!panel || panel.width === 0) return width;
  const left = map.getContainer().getBoundingClientRect().left;
  return Math.max(0, Math.min(width, panel.left - left));
}

function labelsPane(map: L.Map): HTMLElement {
  const existing = map.getPane(COMMUNE_LABELS_PANE);
  if (existing) return existing;
  const pane = map.createPane(COMMUNE_LABELS_PANE);
  // Over the basemap and the QPV outlines, under the markers (600) and tooltips (650); hidden
  // during a zoom animation (Leaflet's leaflet-zoom-hide) and placed again when it ends.
  pane.style.zIndex = '450';
  pane.style.pointerEvents = 'none';
  pane.classList.add('leaflet-zoom-hide');
  // One layer for all the names: the compositor moves it with the map, instead of testing
  // each name for overlap with the canvases under it.
  pane.style.willChange = 'transform';
  // Map lettering: a screen reader gets the places from the search, not hundreds of names.
  pane.setAttribute('aria-hidden', 'true');
  return pane;
}

/**
 * Names the communes as text in their own pane: the most populated first, none overlapping
 * another name, a pole symbol or a neighbourhood label. Placed again after each move or zoom
 * and whenever the markers change; between two placements the pane moves with the map.
 */
export function useCommuneLabels(map: L.Map, sets: readonly CommuneSet[], enabled: boolean) {
  useEffect(() => {
    const pane = labelsPane(map);
    // One context per type: setting `font` is parsed each time, and thousands of names are measured.
    const contexts = {
      major: document.createElement('canvas').getContext('2d'),
      minor: document.createElement('canvas').getContext('2d'),
    };
    if (contexts.major) contexts.major.font = FONT.major;
    if (contexts.minor) contexts.minor.font = FONT.minor;
    const widths = new Map<string, number>();
    const measure = (name: string, major: boolean) => {
      const key = `${major ? 1 : 0}${name}`;
      let w = widths.get(key);
      if (w === undefined) {
        const ctx = major ? contexts.major : contexts.minor;
        w = Math.ceil((ctx?.measureText(name).width ?? name.length * 7) + PAD_X);
        widths.set(key, w);
      }
      return w;
    };
    // Kept by commune code: after a pan most names stay, and only their position is written.
    let shownEls = new Map<string, HTMLElement>();
    /** Where the names were last placed, in layer pixels, with the zoom and pixel origin. */
    let laidOut: { zoom: number; origin: L.Point; area: L.Bounds } | null = null;

    const layout = () => {
      const start = performance.now();
      frame = 0;
      const zoom = map.getZoom();
      const show = enabled && zoom >= COMMUNES_MIN_ZOOM && sets.length > 0;
      const next = new Map<string, HTMLElement>();
      laidOut = null;
      if (show) {
        const size = map.getSize();
        const mx = size.x * MARGIN;
        const my = size.y * MARGIN;
        const area = { x0: -mx, y0: -my, x1: size.x + mx, y1: size.y + my };
        laidOut = {
          zoom,
          origin: map.getPixelOrigin(),
          area: L.bounds(
            map.containerPointToLayerPoint([area.x0, area.y0]),
            map.containerPointToLayerPoint([area.x1, area.y1]),
          ),
        };
        const scale = 256 * 2 ** zoom;
        const origin = map.getPixelOrigin();
        const offset = map.layerPointToContainerPoint([0, 0]);
        const candidates: LabelCandidate[] = [];
        for (const set of sets) {
          for (let i = 0; i < set.codes.length; i++) {
            const x = set.anchors[2 * i]! * scale - origin.x + offset.x;
            const y = set.anchors[2 * i + 1]! * scale - origin.y + offset.y;
            if (x < area.x0 || x > area.x1 || y < area.y0 || y > area.y1) continue;
            candidates.push({
              code: set.codes[i]!,
              name: set.names[i]!,
              population: set.population[i]!,
              x,
              y,
            });
          }
        }
        // At street scale a commune is wider than the screen and its name's anchor lies off it:
        // the commune under the view's upper middle is named there, so the map still says where.
        // In the part of the map that the details panel (on the right) leaves free.
        const freeRight = freeWidth(map, size.x);
        const hereX = freeRight / 2;
        const hereY = size.y * HERE_HEIGHT;
        const worldX = (hereX - offset.x + origin.x) / scale;
        const worldY = (hereY - offset.y + origin.y) / scale;
        for (const set of sets) {
          const i = communeAt(set, worldX, worldY);
          if (i < 0) continue;
          const ax = set.anchors[2 * i]! * scale - origin.x + offset.x;
          const ay = set.anchors[2 * i + 1]! * scale - origin.y + offset.y;
          if (ax >= 0 && ax <= freeRight && ay >= 0 && ay <= size.y) break;
          const code = set.codes[i]!;
          const at = candidates.findIndex((c) => c.code === code);
          const here = {
            code,
            name: set.names[i]!,
            population: set.population[i]!,
            x: hereX,
            y: hereY,
          };
          if (at >= 0) candidates[at] = here;
          else candidates.push(here);
          break;
        }
        const placed = placeLabels(candidates, {
          area,
          obstacles: obstacles(map),
          measure,
          height: (major) => (major ? HEIGHT.major : HEIGHT.minor),
          gap: 3,
          max: MAX_LABELS,
        });
        for (const label of placed) {
          let el = shownEls.get(label.code);
          if (el) shownEls.delete(label.code);
          else {
            el = document.createElement('span');
            el.textContent = label.name;
            el.className = label.major ? 'commune-label commune-label--major' : 'commune-label';
            el.dataset['code'] = label.code;
            el.style.width = `${label.rect.x1 - label.rect.x0}px`;
            pane.append(el);
          }
          next.set(label.code, el);
          const transform = `translate(${Math.round(label.rect.x0 - offset.x)}px, ${Math.round(label.rect.y0 - offset.y)}px)`;
          if (el.style.transform !== transform) el.style.transform = transform;
        }
      }
      for (const el of shownEls.values()) el.remove();
      shownEls = next;
      const used = next.size;
      map.getContainer().dataset['communeLabels'] = String(used);
      // Read by scripts/communes-frames.mjs, like the outlines' 'communes-draw'.
      performance.clearMeasures('communes-labels');
      performance.measure('communes-labels', { start });
    };

    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(layout);
    };
    // A pan that stays within the named area, at the same zoom, keeps the names where they are.
    const afterMove = () => {
      const size = map.getSize();
      const still =
        laidOut !== null &&
        laidOut.zoom === map.getZoom() &&
        laidOut.origin.equals(map.getPixelOrigin()) &&
        laidOut.area.contains(
          L.bounds(map.containerPointToLayerPoint([0, 0]), map.containerPointToLayerPoint(size)),
        );
      if (!still) schedule();
    };
    schedule();
    map.on('moveend', afterMove);
    map.on('zoomend resize viewreset', schedule);
    // Markers come and go with the filters, the selection and the decluttering.
    const observer = new MutationObserver(schedule);
    for (const name of ['markerPane', 'tooltipPane']) {
      const target = map.getPane(name);
      if (target)
        observer.observe(target, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['style', 'class'],
        });
    }
    // A details panel or sheet opening or closing changes the free part of the map (a panel
    // asked for by the link opens when the poles arrive).
    const unsubscribe = useAppStore.subscribe((state, prev) => {
      if (
        state.poles !== prev.poles ||
        state.selectedId !== prev.selectedId ||
        state.sheet !== prev.sheet ||
        state.selectedQpv !== prev.selectedQpv
      )
        schedule();
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      observer.disconnect();
      map.off('moveend', afterMove);
      map.off('zoomend resize viewreset', schedule);
      shownEls.forEach((el) => el.remove());
      delete map.getContainer().dataset['communeLabels'];
    };
  }, [map, sets, enabled]);
}
