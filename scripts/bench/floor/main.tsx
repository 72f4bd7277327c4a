// The bench's reference page ("floor"): the app's stack and nothing else. React 19,
// react-leaflet and Leaflet, the regions basemap file drawn on canvas, and the located poles
// inline as markers. What the app costs on top of this is what the bench's ratios show.
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GeoJSON, MapContainer, Marker, useMap } from 'react-leaflet';
import type { FeatureCollection } from 'geojson';
import { POLES } from 'virtual:floor-poles';
import './floor.css';

const icon = L.divIcon({ className: 'pole-marker', iconSize: [28, 28], html: '' });

function Basemap() {
  const map = useMap();
  const [data, setData] = useState<FeatureCollection | null>(null);
  const [renderer] = useState(() => {
    map.createPane('ptce-basemap', map.getPane('overlayPane'));
    return L.canvas({ pane: 'ptce-basemap' });
  });
  useEffect(() => {
    void fetch('./data/regions.geojson')
      .then((r) => r.json())
      .then(setData);
  }, []);
  return data ? (
    <GeoJSON
      data={data}
      style={{ color: '#857c6c', weight: 1.3, fillColor: '#f6f3ec', fillOpacity: 1 }}
      pane="ptce-basemap"
      renderer={renderer}
    />
  ) : null;
}

function Floor() {
  return (
    <MapContainer
      className="map"
      bounds={[
        [41.3, -5.2],
        [51.1, 9.6],
      ]}
      maxZoom={18}
    >
      <Basemap />
      {POLES.map((p) => (
        <Marker key={p.id} position={[p.lat, p.lon]} icon={icon} title={p.nom} />
      ))}
    </MapContainer>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);
