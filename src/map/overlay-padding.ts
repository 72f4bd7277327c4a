import type L from 'leaflet';

/**
 * The part of the map covered by the panels floating over it (the QPV tools on the left, the
 * pole details on the right), so that a place brought into view is not hidden behind them.
 */
export function overlayPadding(map: L.Map): { topLeft: L.PointTuple; bottomRight: L.PointTuple } {
  const box = map.getContainer().getBoundingClientRect();
  const left = document.querySelector('.qpv-tools')?.getBoundingClientRect();
  const right = document.querySelector('.details')?.getBoundingClientRect();
  const margin = 16;
  const padLeft = left && left.width > 0 ? Math.max(0, left.right - box.left) + margin : margin;
  const padRight = right && right.width > 0 ? Math.max(0, box.right - right.left) + margin : margin;
  // Keep at least a third of the map for the place: with both panels open on a small screen,
  // the padding shrinks in proportion rather than squeezing the view to nothing.
  const maxPad = (box.width * 2) / 3;
  const scale = Math.min(1, maxPad / (padLeft + padRight));
  return { topLeft: [padLeft * scale, margin], bottomRight: [padRight * scale, margin] };
}
