import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { Marker, useMap } from 'react-leaflet';
import { useT } from '../state/use-t';
import { useAppStore } from '../state/store';
import { prefersReducedMotion } from './prefers-reduced-motion';

const PLACE_ZOOM = 12;

// A constant pin: no text from data goes into this HTML.
const PLACE_ICON = L.divIcon({
  className: 'place-marker',
  html:
    '<svg viewBox="0 0 24 32" width="24" height="32" aria-hidden="true" focusable="false">' +
    '<path d="M12 1C6 1 1.5 5.5 1.5 11.3 1.5 19 12 31 12 31s10.5-12 10.5-19.7C22.5 5.5 18 1 12 1Z" fill="#1d1d1b" stroke="#fff" stroke-width="2"/>' +
    '<circle cx="12" cy="11.5" r="4" fill="#fff"/></svg>',
  iconSize: [24, 32],
  iconAnchor: [12, 31],
});

/** The commune chosen in the search: the map flies there and marks it until another choice. */
export function PlaceMarker() {
  const map = useMap();
  const t = useT();
  const place = useAppStore((s) => s.place);

  useEffect(() => {
    if (!place) return;
    const zoom = Math.max(map.getZoom(), PLACE_ZOOM);
    if (prefersReducedMotion()) map.setView([place.lat, place.lon], zoom, { animate: false });
    else map.flyTo([place.lat, place.lon], zoom, { duration: 0.6 });
  }, [place, map]);

  const name = place ? t('placeMarker', { name: place.label }) : '';
  const handlers = useMemo<L.LeafletEventHandlerFnMap>(
    () => ({
      add: (e) => {
        const el = (e.target as L.Marker).getElement();
        el?.setAttribute('aria-label', name);
        el?.setAttribute('role', 'img');
        el?.removeAttribute('tabindex');
      },
    }),
    [name],
  );
  if (!place) return null;
  return (
    <Marker
      key={name}
      position={[place.lat, place.lon]}
      icon={PLACE_ICON}
      keyboard={false}
      title={name}
      eventHandlers={handlers}
    />
  );
}
