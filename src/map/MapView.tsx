import 'leaflet/dist/leaflet.css';
import { useMemo } from 'react';
import { MapContainer, useMapEvents } from 'react-leaflet';
import { useT } from '../i18n/use-t';
import { filterPoles } from '../state/filters';
import { setView, useAppStore } from '../state/store';
import { BasemapLayer } from './BasemapLayer';
import { ImportedSitesLayer } from './ImportedSitesLayer';
import { PoleMarkers } from './PoleMarkers';
import { QuartiersLayer } from './QuartiersLayer';
import { RevealSelected } from './RevealSelected';
import { TerritoryJump } from './TerritoryJump';
import { METROPOLE } from './regions';

function ViewTracker() {
  const map = useMapEvents({
    moveend: () => {
      const c = map.getCenter();
      setView({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
    },
  });
  return null;
}

export function MapView() {
  const t = useT();
  const basemap = useAppStore((s) => s.basemap);
  const quartiers = useAppStore((s) => s.quartiers);
  const polesData = useAppStore((s) => s.poles);
  const filters = useAppStore((s) => s.filters);
  const selectedId = useAppStore((s) => s.selectedId);
  const allPoles = useMemo(
    () => (polesData.state === 'ready' ? polesData.value.poles : []),
    [polesData],
  );
  const visible = useMemo(() => filterPoles(allPoles, filters), [allPoles, filters]);

  return (
    <MapContainer
      className="map"
      bounds={METROPOLE.bounds}
      maxZoom={18}
      minZoom={2}
      zoomSnap={0.5}
      worldCopyJump={false}
      ref={(map) => {
        // The Leaflet container is the focusable element; name it as a map region.
        const el = map?.getContainer();
        el?.setAttribute('role', 'region');
        el?.setAttribute('aria-label', t('mapLabel'));
      }}
    >
      {basemap.state === 'ready' && <BasemapLayer data={basemap.value} />}
      {quartiers.state === 'ready' && <QuartiersLayer data={quartiers.value} />}
      <ImportedSitesLayer />
      <PoleMarkers poles={visible} selectedId={selectedId} />
      <RevealSelected poles={allPoles} />
      <ViewTracker />
      <TerritoryJump />
    </MapContainer>
  );
}
