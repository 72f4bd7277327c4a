import L from 'leaflet';

/**
 * In the compact layout the details cover the bottom of the map: the centre that puts `target`
 * in the middle of the part of the map still visible above them.
 */
export function centreAboveSheet(map: L.Map, target: L.LatLngExpression, zoom: number): L.LatLng {
  const container = map.getContainer();
  const sheet = container.closest('.app--compact')?.querySelector<HTMLElement>('.details');
  if (!sheet) return L.latLng(target);
  const covered = Math.min(sheet.offsetHeight, container.clientHeight * 0.8);
  return map.unproject(map.project(target, zoom).add([0, covered / 2]), zoom);
}
