import { getState } from '../state/store';

/**
 * A click that asks "is this place in a QPV?" rather than "tell me about this QPV". Apart from
 * the QPV drawing, which stays in its lazy chunk, for the map's own click handler.
 */
export function isPlaceCheckClick(event: MouseEvent): boolean {
  const s = getState();
  // While a point is being chosen for the correction form, the click belongs to that.
  return !s.mapPick && (s.placeCheckMode || event.altKey);
}
