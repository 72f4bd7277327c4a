import 'leaflet/dist/leaflet.css';
import type L from 'leaflet';
import { useMemo, type ReactNode } from 'react';
import { MapContainer, useMapEvents } from 'react-leaflet';
import { useT } from '../i18n/use-t';
import { setView, useAppStore } from '../state/store';
import { ApplyFitRequest } from './ApplyFitRequest';
import { ApplyRequestedView } from './ApplyRequestedView';
import { BasemapLayer } from './BasemapLayer';
import { BasemapSwitcher } from './BasemapSwitcher';
import { IgnOffer } from './IgnOffer';
import { PlaceMarker } from './PlaceMarker';
import { ImportedSitesLayer } from './ImportedSitesLayer';
import { KeepInSight } from './KeepInSight';
import { LazyCommunesLayer } from './LazyCommunesLayer';
import { PoleMarkers } from './PoleMarkers';
import { prefersReducedMotion } from './prefers-reduced-motion';
import { useVisiblePoles } from '../state/use-visible-poles';
import { MapPick } from './MapPick';
import { PlaceCheckOnMap } from './PlaceCheckOnMap';
import { ProposalMarkers } from './ProposalMarkers';
import { LazyQpvLayer } from './LazyQpvLayer';
import { QuartiersLayer } from './QuartiersLayer';
import { TerritoryJump } from './TerritoryJump';
import { METROPOLE } from './regions';

// A stable handler: useMapEvents re-binds on every render, and a view change made by another
// component's effect in that same commit (a reveal) fell between the unbinding and the binding.
const MOVE_HANDLERS: L.LeafletEventHandlerFnMap = {
  moveend: (e) => {
    const map = e.target as L.Map;
    const c = map.getCenter();
    setView({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
  },
};

function ViewTracker() {
  useMapEvents(MOVE_HANDLERS);
  return null;
}

/**
 * The map. `controls`, when given (the phone layout), take the place of the territory strip
 * and the basemap choice, which they hold themselves.
 */
export function MapView({ controls }: { controls?: ReactNode }) {
  const t = useT();
  const basemap = useAppStore((s) => s.basemap);
  const quartiers = useAppStore((s) => s.quartiers);
  const polesData = useAppStore((s) => s.poles);
  const selectedId = useAppStore((s) => s.selectedId);
  const allPoles = useMemo(
    () => (polesData.state === 'ready' ? polesData.value.poles : []),
    [polesData],
  );
  const visible = useVisiblePoles(allPoles);

  return (
    <MapContainer
      className="map"
      bounds={METROPOLE.bounds}
      maxZoom={18}
      minZoom={2}
      zoomSnap={0.5}
      worldCopyJump={false}
      // With reduced motion, zooms jump instead of animating.
      zoomAnimation={!prefersReducedMotion()}
      fadeAnimation={!prefersReducedMotion()}
      markerZoomAnimation={!prefersReducedMotion()}
      ref={(map) => {
        // The Leaflet container is the focusable element; name it as a map region.
        const el = map?.getContainer();
        el?.setAttribute('role', 'region');
        el?.setAttribute('aria-label', t('mapLabel'));
      }}
    >
      {basemap.state === 'ready' && <BasemapLayer data={basemap.value} />}
      {basemap.state === 'ready' && <LazyCommunesLayer boxes={basemap.value.departementBoxes} />}
      {quartiers.state === 'ready' && <QuartiersLayer data={quartiers.value} />}
      <LazyQpvLayer />
      <PlaceCheckOnMap />
      <ImportedSitesLayer />
      <PoleMarkers poles={visible} selectedId={selectedId} />
      <ProposalMarkers />
      <MapPick />
      <ViewTracker />
      <ApplyRequestedView />
      <ApplyFitRequest />
      {/* After the requested view: Back/Forward restore it first, then the pole is checked. */}
      <KeepInSight poles={allPoles} />
      <PlaceMarker />
      {controls ?? (
        <>
          <TerritoryJump />
          <BasemapSwitcher />
        </>
      )}
      <IgnOffer />
    </MapContainer>
  );
}
