import L from 'leaflet';
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker } from 'react-leaflet';
import type { Pole } from '../data/types';
import { selectPole } from '../state/store';
import { DeclutterLeaders } from './DeclutterLeaders';
import type { Offset } from './declutter';
import { markerHtml, sectorStyle } from './sector-style';
import { useDeclutter } from './use-declutter';
import { makeMarkerButton } from './marker-button';

const APPROXIMATE = new Set(['commune', 'departement']);
const iconCache = new Map<string, L.DivIcon>();

const NO_OFFSET: Offset = [0, 0];

function poleIcon(pole: Pole, selected: boolean, [dx, dy]: Offset): L.DivIcon {
  const approximate = APPROXIMATE.has(pole.precision);
  const key = `${pole.secteurs[0] ?? ''}|${approximate}|${selected}|${dx}|${dy}`;
  let icon = iconCache.get(key);
  if (!icon) {
    const size = selected ? 36 : 28;
    icon = L.divIcon({
      html: markerHtml(sectorStyle(pole.secteurs[0]), { approximate, selected }),
      className: `pole-marker${selected ? ' is-selected' : ''}${approximate ? ' is-approx' : ''}`,
      iconSize: [size, size],
      // A symbol moved aside to avoid overlapping another is drawn off its anchor.
      iconAnchor: [size / 2 - dx, size / 2 - dy],
    });
    iconCache.set(key, icon);
  }
  return icon;
}

/** Names the marker after the pole and lets Enter or Space open its details. */
function decorate(marker: L.Marker, pole: Pole) {
  const el = marker.getElement();
  if (!el) return;
  el.setAttribute('data-pole-id', pole.id);
  makeMarkerButton(el, pole.nom, () => selectPole(pole.id));
}

const PoleMarker = memo(function PoleMarker({
  pole,
  selected,
  offset,
}: {
  pole: Pole;
  selected: boolean;
  offset: Offset;
}) {
  const ref = useRef<L.Marker>(null);
  const handlers = useMemo<L.LeafletEventHandlerFnMap>(
    () => ({
      click: () => selectPole(pole.id),
      add: (e) => decorate(e.target as L.Marker, pole),
    }),
    [pole],
  );
  // setIcon replaces the element when the selection changes, so label it again.
  useEffect(() => {
    if (ref.current) decorate(ref.current, pole);
  }, [pole, selected, offset]);
  return (
    <Marker
      ref={ref}
      position={[pole.lat!, pole.lon!]}
      icon={poleIcon(pole, selected, offset)}
      title={pole.nom}
      keyboard
      riseOnHover
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={handlers}
    />
  );
});

/** One marker per located reference pole: never clustered, there are few of them. */
export function PoleMarkers({ poles, selectedId }: { poles: Pole[]; selectedId: string | null }) {
  const offsets = useDeclutter(poles);
  return (
    <>
      <DeclutterLeaders poles={poles} offsets={offsets} />
      {poles
        .filter((p) => p.lat !== null && p.lon !== null)
        .map((p) => (
          <PoleMarker
            key={p.id}
            pole={p}
            selected={p.id === selectedId}
            offset={offsets.get(p.id) ?? NO_OFFSET}
          />
        ))}
    </>
  );
}
