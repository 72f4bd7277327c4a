import type L from 'leaflet';
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker } from 'react-leaflet';
import type { Pole } from '../data/types';
import { selectPole } from '../state/store';
import { DeclutterLeaders } from './DeclutterLeaders';
import type { Offset } from './declutter';
import { decoratePoleMarker, NO_OFFSET, poleMarkerOptions } from './pole-icon';
import { symbolOf, type PoleSymbol } from './pole-symbol';
import { useDeclutter } from './use-declutter';

const PoleMarker = memo(function PoleMarker({
  pole,
  selected,
  offset,
}: {
  pole: PoleSymbol;
  selected: boolean;
  offset: Offset;
}) {
  const ref = useRef<L.Marker>(null);
  const handlers = useMemo<L.LeafletEventHandlerFnMap>(
    () => ({
      click: () => selectPole(pole.id),
      add: (e) => decoratePoleMarker(e.target as L.Marker, pole, () => selectPole(pole.id)),
    }),
    [pole],
  );
  // setIcon replaces the element when the selection changes, so label it again.
  useEffect(() => {
    if (ref.current) decoratePoleMarker(ref.current, pole, () => selectPole(pole.id));
  }, [pole, selected, offset]);
  return (
    <Marker
      ref={ref}
      position={[pole.lat, pole.lon]}
      {...poleMarkerOptions(pole, selected, offset)}
      eventHandlers={handlers}
    />
  );
});

/** One marker per located reference pole: never clustered, there are few of them. */
export function PoleMarkers({
  poles,
  unfunded,
  selectedId,
}: {
  poles: Pole[];
  /** Codes of the waves without funding (`unfundedCodes`): their poles are drawn hollow. */
  unfunded: ReadonlySet<string>;
  selectedId: string | null;
}) {
  const symbols = useMemo(
    () =>
      poles
        .map((p) => symbolOf(p, unfunded.has(p.appel)))
        .filter((s): s is PoleSymbol => s !== null),
    [poles, unfunded],
  );
  const offsets = useDeclutter(symbols);
  return (
    <>
      <DeclutterLeaders poles={poles} offsets={offsets} />
      {symbols.map((p) => (
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
