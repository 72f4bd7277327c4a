import L from 'leaflet';
import { prefersReducedMotion } from './prefers-reduced-motion';
import { METROPOLE } from './regions';

/**
 * The one Leaflet map of the page, the same whether the static page's frame gets it before
 * React (src/map/early-map.ts) or the app creates it (src/map/PtceMapContainer.tsx).
 */
export function createPtceMap(container: HTMLElement, label: string): L.Map {
  const still = prefersReducedMotion();
  const map = L.map(container, {
    maxZoom: 18,
    minZoom: 2,
    zoomSnap: 0.5,
    worldCopyJump: false,
    // With reduced motion, zooms jump instead of animating.
    zoomAnimation: !still,
    fadeAnimation: !still,
    markerZoomAnimation: !still,
  });
  map.fitBounds(METROPOLE.bounds);
  // The Leaflet container is the focusable element; name it as a map region.
  labelMap(map, label);
  return map;
}

export function labelMap(map: L.Map, label: string): void {
  const el = map.getContainer();
  el.setAttribute('role', 'region');
  el.setAttribute('aria-label', label);
}
