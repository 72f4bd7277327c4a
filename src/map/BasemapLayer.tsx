import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { BasemapData } from '../data/load-reference';
import { BasemapCanvas, type BasemapPart } from './basemap-canvas';
import { BASEMAP_PANE, ensurePane } from './panes';

const ATTRIBUTION = 'Fond : IGN – Admin Express COG 2018 (Licence Ouverte), via france-geojson';

/** The embedded vector basemap: départements filled, region borders on top, on canvas. */
export function BasemapLayer({ data }: { data: BasemapData }) {
  const map = useMap();
  const parts = useMemo<BasemapPart[]>(
    () => [
      { shapes: data.departements, fill: '#f6f3ec', stroke: '#b3ab9c', weight: 0.6 },
      { shapes: data.regions, stroke: '#857c6c', weight: 1.3 },
    ],
    [data],
  );
  useEffect(() => {
    // Its own pane, so that opt-in online tiles can cover it once they load.
    ensurePane(map, BASEMAP_PANE);
    const layer = new BasemapCanvas(parts, {
      padding: 0.3,
      pane: BASEMAP_PANE,
      attribution: ATTRIBUTION,
    });
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, parts]);
  return null;
}
