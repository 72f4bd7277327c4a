import L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { Pole } from '../data/types';
import { loadLayerClient } from '../import-ui/load-client';
import { parseSiteSelection } from '../state/site-selection';
import { useAppStore } from '../state/store';
import { useKeepInSight, type SightTarget } from './use-keep-in-sight';
import { useOpening, type Opening } from './use-opening';

function poleElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `.leaflet-marker-icon[data-pole-id="${CSS.escape(id)}"]`,
  );
}

function siteElement(id: string): HTMLElement | null {
  const ref = parseSiteSelection(id);
  if (!ref) return null;
  return document.querySelector<HTMLElement>(
    `.imported-marker[data-layer-id="${CSS.escape(ref.layerId)}"][data-site-id="${CSS.escape(ref.siteId)}"]`,
  );
}

const NO_ELEMENT = () => null;

/** Where an imported site is: asked of the import worker, which holds the sites. */
function useSitePlace(opening: Opening | null): { key: Opening; latlng: L.LatLng } | null {
  const [place, setPlace] = useState<{ key: Opening; latlng: L.LatLng } | null>(null);
  useEffect(() => {
    const ref = opening?.kind === 'site' ? parseSiteSelection(opening.id) : null;
    if (!opening || !ref) return;
    let live = true;
    void loadLayerClient()
      .then((client) => client.fetchSite(ref.layerId, ref.siteId))
      .then((answer) => {
        if (live && answer.site)
          setPlace({ key: opening, latlng: L.latLng(answer.site.lat, answer.site.lon) });
      });
    return () => {
      live = false;
    };
  }, [opening]);
  return place && place.key === opening ? place : null;
}

/**
 * Keeps what was just opened (a pole's details, an imported site's, a QPV card) in the part
 * of the map that the panel or sheet leaves free.
 */
export function KeepInSight({ poles }: { poles: Pole[] }) {
  const map = useMap();
  const opening = useOpening();
  const qpvPoints = useAppStore((s) => s.qpvPoints);
  const site = useSitePlace(opening);
  const pole = opening?.kind === 'pole' ? poles.find((p) => p.id === opening.id) : undefined;
  const qpv =
    opening?.kind === 'qpv' && qpvPoints.state === 'ready'
      ? qpvPoints.value.points.find((q) => q.code === opening.id)
      : undefined;

  const lat = pole?.lat ?? qpv?.lat ?? site?.latlng.lat ?? null;
  const lon = pole?.lon ?? qpv?.lon ?? site?.latlng.lng ?? null;
  const target = useMemo<SightTarget | null>(() => {
    if (!opening || lat === null || lon === null) return null;
    const id = opening.id;
    const element =
      opening.kind === 'pole'
        ? () => poleElement(id)
        : opening.kind === 'site'
          ? () => siteElement(id)
          : NO_ELEMENT;
    return { latlng: L.latLng(lat, lon), element, reveal: opening.reveal };
  }, [opening, lat, lon]);
  useKeepInSight(map, target);
  return null;
}
