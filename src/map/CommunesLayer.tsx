import type L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { CommuneSet } from '../data/commune-set';
import type { DepartementBox } from '../data/departement-boxes';
import { mercatorX, mercatorY } from '../data/basemap-shapes';
import { ensureCommunes, retryUnreachableCommunes } from '../state/communes-actions';
import { useAppStore } from '../state/store';
import { CommunesCanvas } from './communes-canvas';
import { COMMUNES_MIN_ZOOM, departementsInView, type WorldBox } from './communes-view';
import { COMMUNES_PANE, ensurePane } from './panes';
import { useCommuneLabels } from './use-commune-labels';
import { useMapZoom } from './use-map-zoom';
import './communes.css';

const ATTRIBUTION = 'Communes : IGN – Admin Express COG 2018 via france-geojson, population INSEE';

const STROKE = '#b5ab99';

function worldView(map: L.Map): WorldBox {
  const b = map.getBounds();
  return [
    mercatorX(b.getWest()),
    mercatorY(b.getNorth()),
    mercatorX(b.getEast()),
    mercatorY(b.getSouth()),
  ];
}

/**
 * The communes on the embedded basemap from zoom 8: outlines on a canvas of their own, names
 * as text. The files of the départements in view are asked for after each move; the ones
 * already there stay in memory.
 */
export function CommunesLayer({ boxes }: { boxes: readonly DepartementBox[] }) {
  const map = useMap();
  const communes = useAppStore((s) => s.communes);
  const embedded = useAppStore((s) => s.baseLayer === 'embedded');
  const zoom = useMapZoom(map);
  const shown = embedded && zoom >= COMMUNES_MIN_ZOOM;
  const sets = useMemo(
    () =>
      Object.values(communes).flatMap((c): CommuneSet[] => (c.state === 'ready' ? [c.value] : [])),
    [communes],
  );

  useEffect(() => {
    if (!embedded) return;
    const fetchInView = () => {
      if (map.getZoom() >= COMMUNES_MIN_ZOOM)
        ensureCommunes(departementsInView(boxes, worldView(map)));
    };
    // Back online, the départements that could not be reached are tried again, a second after
    // the browser says so (the connection often needs that moment).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onOnline = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        retryUnreachableCommunes();
        fetchInView();
      }, 1000);
    };
    fetchInView();
    map.on('moveend', fetchInView);
    window.addEventListener('online', onOnline);
    return () => {
      clearTimeout(timer);
      map.off('moveend', fetchInView);
      window.removeEventListener('online', onOnline);
    };
  }, [map, boxes, embedded]);

  const [layer] = useState(
    () =>
      new CommunesCanvas(STROKE, { padding: 0.3, pane: COMMUNES_PANE, attribution: ATTRIBUTION }),
  );
  // On the map (with its attribution) only while there is something to draw.
  const drawing = shown && sets.length > 0;
  useEffect(() => {
    if (!drawing) return;
    ensurePane(map, COMMUNES_PANE);
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, layer, drawing]);
  useEffect(() => {
    layer.setShapes(shown ? sets.map((set) => set.shapes) : []);
    const el = map.getContainer();
    el.dataset['communesDrawn'] = shown ? sets.map((s) => s.dep).join(' ') : '';
  }, [map, layer, sets, shown]);

  useCommuneLabels(map, sets, embedded);
  return null;
}
