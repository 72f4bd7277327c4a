import type L from 'leaflet';
import { freePadding } from './free-area';
import { coverBoxes } from './map-covers';

/**
 * The padding that keeps a fitted place in the part of the map that panels and controls leave
 * free (side panel, bottom sheet, QPV cards), so that it is not hidden behind them.
 */
export function overlayPadding(map: L.Map): { topLeft: L.PointTuple; bottomRight: L.PointTuple } {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  return freePadding({ width: box.width, height: box.height }, coverBoxes(container, box), 16);
}
