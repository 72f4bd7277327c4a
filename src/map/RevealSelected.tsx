import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Pole } from '../data/types';
import { useAppStore } from '../state/store';
import { prefersReducedMotion } from './prefers-reduced-motion';
import { centreAboveSheet } from './sheet-offset';

const REVEAL_ZOOM = 9;

/** Brings a pole chosen in the list or the search into view; clicks on the map do not move it. */
export function RevealSelected({ poles }: { poles: Pole[] }) {
  const map = useMap();
  const revealSeq = useAppStore((s) => s.revealSeq);
  useEffect(() => {
    if (revealSeq === 0) return;
    const { selectedId } = useAppStore.getState();
    const pole = poles.find((p) => p.id === selectedId);
    if (!pole || pole.lat === null || pole.lon === null) return;
    const zoom = Math.max(map.getZoom(), REVEAL_ZOOM);
    const centre = centreAboveSheet(map, [pole.lat, pole.lon], zoom);
    if (prefersReducedMotion()) map.setView(centre, zoom, { animate: false });
    else map.flyTo(centre, zoom, { duration: 0.6 });
    // Only a new reveal request moves the map, not a change of the pole list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealSeq, map]);
  return null;
}
