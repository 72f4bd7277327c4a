import type L from 'leaflet';
import { useEffect } from 'react';
import { freeCentreOffset, panIntoFree, type Box } from './free-area';
import { coverBoxes, coverElements, coverRoot } from './map-covers';
import { prefersReducedMotion } from './prefers-reduced-motion';

/** A place to keep in sight, and how to find its drawn symbol when it has one. */
export interface SightTarget {
  latlng: L.LatLng;
  /** The symbol on the map (a marker), whose real box counts more than its anchor. */
  element: () => HTMLElement | null;
  /** Also zoom in to at least REVEAL_ZOOM and centre it in the free part. */
  reveal: boolean;
}

const REVEAL_ZOOM = 9;
/** Room between the target and the edge of the free part, in pixels. */
const MARGIN = 48;
/** Half the size of a symbol when there is none drawn (a QPV dot, a site in a cluster). */
const HALF = 18;
const MAX_MOVES = 4;

function targetBox(map: L.Map, target: SightTarget): Box {
  // From the projection and the icon's own anchor, not from the icon's on-screen box: with
  // reduced motion every transform change is a 0.01 ms transition (see styles.css), so the
  // box read right after a pan still shows the map where it was.
  const p = map.latLngToContainerPoint(target.latlng);
  const el = target.element();
  if (!el || el.offsetWidth === 0) {
    return { left: p.x - HALF, top: p.y - HALF, right: p.x + HALF, bottom: p.y + HALF };
  }
  const left = p.x + (parseFloat(el.style.marginLeft) || 0);
  const top = p.y + (parseFloat(el.style.marginTop) || 0);
  return { left, top, right: left + el.offsetWidth, bottom: top + el.offsetHeight };
}

/**
 * Moves the map so that `target` sits in the part the panels and controls leave free, once
 * they are laid out: sizes come from a ResizeObserver (no layout forced while the page starts),
 * and a panel that appears or grows later (a lazy card, a sheet that fills) moves it again. It
 * lets go as soon as the user or another part of the app moves the map.
 */
export function useKeepInSight(map: L.Map, target: SightTarget | null) {
  useEffect(() => {
    if (!target) return;
    const container = map.getContainer();
    const root = coverRoot(container);
    let ours = false;
    let moving = false;
    let done = false;
    let revealed = !target.reveal;
    // A bound on the moves for one opening: a panel that keeps changing size cannot make the
    // map chase it for ever.
    let moves = 0;
    let frame = 0;

    const move = (fn: () => void) => {
      moves += 1;
      ours = true;
      try {
        fn();
      } finally {
        ours = false;
      }
    };
    const evaluate = () => {
      if (done || moving || moves >= MAX_MOVES) return;
      const mapBox = container.getBoundingClientRect();
      if (mapBox.width === 0 || mapBox.height === 0) return;
      const size = { width: mapBox.width, height: mapBox.height };
      const covers = coverBoxes(container, mapBox);
      const animate = !prefersReducedMotion();
      if (!revealed) {
        revealed = true;
        const zoom = Math.max(map.getZoom(), REVEAL_ZOOM);
        const [ox, oy] = freeCentreOffset(size, covers);
        const centre = map.unproject(map.project(target.latlng, zoom).subtract([ox, oy]), zoom);
        move(() =>
          animate
            ? map.flyTo(centre, zoom, { duration: 0.6 })
            : map.setView(centre, zoom, { animate: false }),
        );
        return;
      }
      const pan = panIntoFree(size, covers, targetBox(map, target), MARGIN);
      // Without an option Leaflet animates a pan within one screen and jumps a longer one.
      if (pan) move(() => map.panBy(pan, animate ? {} : { animate: false }));
    };

    const sizes = new ResizeObserver(evaluate);
    // Observing anew reports every size once more, after the next layout: the first
    // evaluation happens then, with the panel that just opened laid out.
    const observeAll = () => {
      sizes.disconnect();
      sizes.observe(container);
      for (const el of coverElements(container)) sizes.observe(el);
    };
    observeAll();
    const added = new MutationObserver(observeAll);
    if (root instanceof Node) added.observe(root, { childList: true });
    const qpvTools = root.querySelector('.qpv-tools');
    if (qpvTools) added.observe(qpvTools, { childList: true });

    const onMoveStart = () => {
      if (ours) moving = true;
      else done = true;
    };
    const onMoveEnd = () => {
      if (!moving) return;
      moving = false;
      // Markers take their new place after "moveend" (on "viewreset"): check on the next frame.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(evaluate);
    };
    const letGo = () => {
      done = true;
    };
    map.on('movestart', onMoveStart);
    map.on('moveend', onMoveEnd);
    container.addEventListener('pointerdown', letGo);
    container.addEventListener('wheel', letGo, { passive: true });
    container.addEventListener('keydown', letGo);
    return () => {
      cancelAnimationFrame(frame);
      sizes.disconnect();
      added.disconnect();
      map.off('movestart', onMoveStart);
      map.off('moveend', onMoveEnd);
      container.removeEventListener('pointerdown', letGo);
      container.removeEventListener('wheel', letGo);
      container.removeEventListener('keydown', letGo);
    };
  }, [map, target]);
}
