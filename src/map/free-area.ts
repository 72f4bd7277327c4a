/**
 * Where a place can be shown on a map that panels and controls partly cover: pure geometry in
 * the map container's pixels (x to the right, y down), no DOM, no Leaflet.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Offset = [number, number];

const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);

function intersect(a: Box, b: Box): Box | null {
  const box = {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
  return box.right > box.left && box.bottom > box.top ? box : null;
}

/**
 * The largest part of the map left free by the covers, as one rectangle. Each cover, largest
 * first, is cut away from the side that keeps the most room: a side panel takes a column, a
 * bottom sheet a band, a small control a strip along its edge.
 */
export function freeArea(size: Size, covers: readonly Box[]): Box {
  let free: Box = { left: 0, top: 0, right: size.width, bottom: size.height };
  const sorted = [...covers].sort((a, b) => area(b) - area(a));
  for (const cover of sorted) {
    const hit = intersect(free, cover);
    if (!hit) continue;
    const cuts: Box[] = [
      { ...free, left: hit.right },
      { ...free, right: hit.left },
      { ...free, top: hit.bottom },
      { ...free, bottom: hit.top },
    ];
    free = cuts.reduce((best, cut) => (area(cut) > area(best) ? cut : best));
    if (area(free) === 0) return { left: 0, top: 0, right: size.width, bottom: size.height };
  }
  return free;
}

/** How far the middle of the free area lies from the middle of the map. */
export function freeCentreOffset(size: Size, covers: readonly Box[]): Offset {
  const free = freeArea(size, covers);
  return [(free.left + free.right - size.width) / 2, (free.top + free.bottom - size.height) / 2];
}

/** The pan along one axis that brings [lo, hi] inside [min, max], or centres it when too big. */
function shift(lo: number, hi: number, min: number, max: number): number {
  if (hi - lo > max - min) return (lo + hi) / 2 - (min + max) / 2;
  if (lo < min) return lo - min;
  if (hi > max) return hi - max;
  return 0;
}

/**
 * The smallest pan (as for Leaflet's `panBy`: the view moves by it, so the target moves by its
 * opposite) that puts `target` inside the free area, `margin` pixels from its edges, or null
 * when it already is. The margin shrinks on a free area too small for it.
 */
export function panIntoFree(
  size: Size,
  covers: readonly Box[],
  target: Box,
  margin: number,
): Offset | null {
  const free = freeArea(size, covers);
  const mx = Math.max(
    0,
    Math.min(margin, (free.right - free.left - (target.right - target.left)) / 2),
  );
  const my = Math.max(
    0,
    Math.min(margin, (free.bottom - free.top - (target.bottom - target.top)) / 2),
  );
  const dx = shift(target.left, target.right, free.left + mx, free.right - mx);
  const dy = shift(target.top, target.bottom, free.top + my, free.bottom - my);
  // Sub-pixel pans only blur the markers.
  const x = Math.round(dx);
  const y = Math.round(dy);
  return x === 0 && y === 0 ? null : [x, y];
}

/** The padding that keeps a fitted place inside the free area, for Leaflet's fitBounds. */
export function freePadding(
  size: Size,
  covers: readonly Box[],
  margin: number,
): { topLeft: Offset; bottomRight: Offset } {
  const free = freeArea(size, covers);
  return {
    topLeft: [free.left + margin, free.top + margin],
    bottomRight: [size.width - free.right + margin, size.height - free.bottom + margin],
  };
}
