import type L from 'leaflet';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useMapEvents } from 'react-leaflet';
import { useT } from '../state/use-t';
import { selectPole, setView, useAppStore } from '../state/store';
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
import { PoleAreaOutline } from './PoleAreaOutline';
import { unfundedCodes } from '../data/waves';
import { PtceMapContainer } from './PtceMapContainer';
import { releaseEarlyMarkers } from './early-map';
import { useVisiblePoles } from '../state/use-visible-poles';
import { MapPick } from './MapPick';
import { PlaceCheckOnMap } from './PlaceCheckOnMap';
import { ProposalMarkers } from './ProposalMarkers';
import { LazyQpvLayer } from './LazyQpvLayer';
import { QuartiersLayer } from './QuartiersLayer';
import { TerritoryJump } from './TerritoryJump';
import { LazyTerritoryOutline } from './LazyTerritoryOutline';

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
  const unfunded = useMemo(
    () => unfundedCodes(polesData.state === 'ready' ? polesData.value.waves : []),
    [polesData],
  );
  // After the markers' own effects (a parent's effects run after its children's), which add
  // the app's markers: the static page's ones go in the same task, never leaving a frame
  // without poles. A pole clicked before the app had loaded opens now.
  const settled = polesData.state !== 'loading';
  useEffect(() => {
    if (!settled) return;
    const clicked = releaseEarlyMarkers();
    if (clicked) selectPole(clicked);
  }, [settled]);

  return (
    <PtceMapContainer label={t('mapLabel')}>
      {basemap.state === 'ready' && <BasemapLayer data={basemap.value} />}
      {basemap.state === 'ready' && <LazyCommunesLayer boxes={basemap.value.departementBoxes} />}
      {quartiers.state === 'ready' && <QuartiersLayer data={quartiers.value} />}
      <LazyQpvLayer />
      <PlaceCheckOnMap />
      <ImportedSitesLayer />
      <PoleMarkers poles={visible} unfunded={unfunded} selectedId={selectedId} />
      <ProposalMarkers />
      <PoleAreaOutline />
      <MapPick />
      <ViewTracker />
      <ApplyRequestedView />
      <ApplyFitRequest />
      <LazyTerritoryOutline />
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
    </PtceMapContainer>
  );
}
