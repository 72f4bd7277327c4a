import L from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import type { BasemapData } from '../data/load-reference';
import { BASEMAP_PANE, ensurePane } from './panes';

const ATTRIBUTION = 'Fond : IGN – Admin Express COG 2018 (Licence Ouverte), via france-geojson';

/** The embedded vector basemap: départements filled, region borders on top, on canvas. */
export function BasemapLayer({ data }: { data: BasemapData }) {
  const map = useMap();
  // Drawn in its own pane so that opt-in online tiles can cover it once they load.
  const renderer = useMemo(() => {
    ensurePane(map, BASEMAP_PANE);
    return L.canvas({ padding: 0.3, pane: BASEMAP_PANE });
  }, [map]);
  return (
    <>
      <GeoJSON
        data={data.departements}
        interactive={false}
        attribution={ATTRIBUTION}
        style={{ renderer, color: '#b3ab9c', weight: 0.6, fillColor: '#f6f3ec', fillOpacity: 1 }}
      />
      <GeoJSON
        data={data.regions}
        interactive={false}
        style={{ renderer, color: '#857c6c', weight: 1.3, fill: false }}
      />
    </>
  );
}
