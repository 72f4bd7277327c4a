// The map of the static page, before React: index.html lists the poles (build/static-first-paint.ts),
// and this module, in the entry's own chunk with Leaflet and nothing of React, puts them on a
// map at once. The app then adopts that very map (src/map/PtceMapContainer.tsx) instead of
// creating its own, and swaps these markers for its own once ptce.csv is loaded.
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import type { Filters } from '../state/filters';
import type { UrlPatch } from '../state/url-state';
import { createPtceMap } from './create-map';
import { declutterPoles, decoratePoleMarker, NO_OFFSET, poleMarkerOptions } from './pole-icon';
import type { PoleSymbol } from './pole-symbol';
import { METROPOLE } from './regions';
import { parseStaticSymbol } from './static-poles';

interface EarlyMap {
  map: L.Map;
  markers: L.LayerGroup | null;
  /** The size the first view was fitted to, and whether that view is still the first one. */
  fittedSize: L.Point | null;
  /** A pole whose marker was clicked before the app could open it. */
  pending: string | null;
  /** The element of the map that had the keyboard focus, to give it back after the move. */
  focused: HTMLElement | null;
}

let early: EarlyMap | null = null;

/** The located poles the static list carries, in its order. */
export function staticPoleSymbols(root: ParentNode): PoleSymbol[] {
  return [...root.querySelectorAll<HTMLElement>('.static-list li[data-symbol]')].flatMap((li) => {
    const name = li.querySelector('.pole-list__name')?.textContent ?? '';
    const symbol = parseStaticSymbol(li.dataset.symbol, name);
    return symbol ? [symbol] : [];
  });
}

// A year (annee=) filters too: which poles it leaves depends on appels.csv.
const filtering = (f: Partial<Filters> | undefined) =>
  !!f &&
  Object.values(f).some((v) =>
    Array.isArray(v) ? v.length > 0 : v === true || typeof v === 'number',
  );

/**
 * Creates the map in the static page's frame, with the poles of its list; `patch` is what the
 * address asks for (src/state/url-state.ts), whose view and selected pole are shown. A link that filters the poles gets
 * the map without markers: which poles pass depends on what only the app loads. Never throws:
 * if anything fails here, the app creates the map itself.
 */
export function startEarlyMap(frame: HTMLElement, poles: readonly PoleSymbol[], patch: UrlPatch) {
  try {
    const el = document.createElement('div');
    el.className = 'map';
    frame.append(el);
    const map = createPtceMap(el, frame.dataset.label ?? '');
    if (patch.view) map.setView([patch.view.lat, patch.view.lon], patch.view.zoom);
    const state: EarlyMap = {
      map,
      markers: null,
      fittedSize: patch.view ? null : map.getSize(),
      pending: null,
      focused: null,
    };
    for (const type of ['pointerdown', 'wheel', 'keydown'])
      el.addEventListener(type, () => (state.fittedSize = null), { once: true, passive: true });
    el.addEventListener('focusin', (e) => (state.focused = e.target as HTMLElement));
    el.addEventListener('focusout', (e) => {
      const to = e.relatedTarget;
      if (to instanceof Node && !el.contains(to)) state.focused = null;
    });
    if (!filtering(patch.filters)) state.markers = earlyMarkers(state, poles, patch.selectedId);
    early = state;
  } catch {
    early = null;
  }
}

function earlyMarkers(state: EarlyMap, poles: readonly PoleSymbol[], selectedId?: string | null) {
  const group = L.layerGroup().addTo(state.map);
  const offsets = declutterPoles(state.map, poles, state.map.getZoom());
  for (const pole of poles) {
    const open = () => (state.pending = pole.id);
    const marker = L.marker(
      [pole.lat, pole.lon],
      poleMarkerOptions(pole, pole.id === selectedId, offsets.get(pole.id) ?? NO_OFFSET),
    );
    marker.on('click', open).addTo(group);
    decoratePoleMarker(marker, pole, open);
    // Until the app's own markers replace it (tests/e2e/harness.mjs waits for those).
    marker.getElement()?.setAttribute('data-early', '');
  }
  return group;
}

/** The map the static page created, for the app to adopt; null when there is none. */
export function earlyMap(): L.Map | null {
  return early?.map ?? null;
}

/**
 * Called once the adopted map sits in the app's layout. After that layout (a ResizeObserver,
 * so that the commit does not force one): the first view is fitted again if the frame changed
 * size (a phone's header) and nobody moved it, and the keyboard focus, lost when React replaced
 * the static page, goes back where it was.
 */
export function settleEarlyMap(): void {
  const state = early;
  if (!state) return;
  const sizes = new ResizeObserver(() => {
    sizes.disconnect();
    const { map, fittedSize, focused } = state;
    // A view a link or a user chose keeps its centre; the first one is fitted again.
    map.invalidateSize({ pan: !fittedSize });
    // Not animated: the app's own moves (a pole kept in sight) may start right after.
    if (fittedSize && !fittedSize.equals(map.getSize()))
      map.fitBounds(METROPOLE.bounds, { animate: false });
    state.fittedSize = null;
    const active = document.activeElement;
    if (focused?.isConnected && (!active || active === document.body))
      focused.focus({ preventScroll: true });
  });
  sizes.observe(state.map.getContainer());
}

/**
 * Removes the static page's markers once the app has drawn its own, handing the keyboard focus
 * to the app's marker of the same pole. Returns the pole clicked meanwhile, for the app to open.
 */
export function releaseEarlyMarkers(): string | null {
  if (!early) return null;
  const { map, markers, pending } = early;
  early.markers = null;
  early.pending = null;
  if (!markers) return pending;
  // The early marker that has the focus, or that had it when React's commit moved the map and
  // left the focus on the page's body (settleEarlyMap may run before that commit's blur).
  const active = document.activeElement;
  const lost = !active || active === document.body;
  const candidate = lost ? early.focused : active;
  const focusedId =
    candidate instanceof HTMLElement &&
    markers.getLayers().some((m) => (m as L.Marker).getElement() === candidate)
      ? candidate.dataset.poleId
      : undefined;
  early.focused = null;
  markers.remove();
  if (focusedId) {
    const own = map
      .getContainer()
      .querySelector<HTMLElement>(`.pole-marker[data-pole-id="${CSS.escape(focusedId)}"]`);
    (own ?? map.getContainer()).focus({ preventScroll: true });
  }
  return pending;
}
