import { useEffect } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { endMapPick } from '../state/corrections-actions';
import { getState, setView, useAppStore } from '../state/store';

/**
 * While the correction form waits for a position, a transparent layer covers the map's
 * markers and shapes, so a click gives a point and opens nothing; panning and zooming still work.
 */
export function MapPick() {
  const map = useMap();
  const active = useAppStore((s) => s.mapPick);
  useMapEvents({
    click: (e) => {
      if (!getState().mapPick) return;
      const { lat, lng } = map.mouseEventToLatLng(e.originalEvent);
      endMapPick({ lat, lon: lng });
    },
  });
  useEffect(() => {
    if (!active) return;
    // The banner's "map centre" reads the view: make sure it is the one on screen.
    const c = map.getCenter();
    setView({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
    const container = map.getContainer();
    const cover = document.createElement('div');
    cover.className = 'map-pick-cover';
    cover.setAttribute('aria-hidden', 'true');
    container.append(cover);
    container.classList.add('is-map-pick');
    return () => {
      cover.remove();
      container.classList.remove('is-map-pick');
    };
  }, [map, active]);
  return null;
}
