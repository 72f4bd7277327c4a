import L from 'leaflet';
import { useEffect } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { checkPlace } from '../state/qpv-analysis';
import { useAppStore } from '../state/store';
import { prefersReducedMotion } from './prefers-reduced-motion';
import { isPlaceCheckClick } from './place-check-click';

const placeIcon = L.divIcon({
  className: 'place-check-marker',
  html: '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><circle cx="12" cy="12" r="8" fill="none" stroke="#ffffff" stroke-width="5"/><circle cx="12" cy="12" r="8" fill="none" stroke="#1d1d1b" stroke-width="2.5"/><circle cx="12" cy="12" r="2.5" fill="#1d1d1b"/></svg>',
  iconSize: [24, 24],
  iconAnchor: [12, 12],
});

const COMMUNE_ZOOM = 12;

/**
 * "Is this place in a QPV?" from the map: any click while the mode is on, or Alt+click at any
 * time; a plain click keeps panning and opening things as usual. Marks the place checked.
 */
export function PlaceCheckOnMap() {
  const map = useMap();
  const mode = useAppStore((s) => s.placeCheckMode);
  const check = useAppStore((s) => s.placeCheck);
  useMapEvents({
    click: (e) => {
      const event = e.originalEvent;
      if (!isPlaceCheckClick(event)) return;
      // The event's latlng snaps to a small dot's centre; the pointer position is the question.
      const { lat, lng } = map.mouseEventToLatLng(event);
      void checkPlace({ kind: 'point', lon: lng, lat });
    },
  });

  useEffect(() => {
    map.getContainer().classList.toggle('is-place-check', mode);
  }, [map, mode]);

  const place = check.state === 'idle' ? null : check.place;
  useEffect(() => {
    if (!place) return;
    const marker = L.marker([place.lat, place.lon], {
      icon: placeIcon,
      interactive: false,
      keyboard: false,
    }).addTo(map);
    // A commune typed in the form may be anywhere: show it. A clicked point is already in view.
    if (place.kind === 'commune') {
      const zoom = Math.max(map.getZoom(), COMMUNE_ZOOM);
      if (prefersReducedMotion()) map.setView([place.lat, place.lon], zoom, { animate: false });
      else map.flyTo([place.lat, place.lon], zoom, { duration: 0.6 });
    }
    return () => {
      marker.remove();
    };
  }, [map, place]);
  return null;
}
