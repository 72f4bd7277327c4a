import type L from 'leaflet';
import { useMemo } from 'react';
import { Polyline, useMap } from 'react-leaflet';
import type { Pole } from '../data/types';
import type { Offset } from './declutter';

const LEADER = { color: '#1d1d1b', weight: 1.2, opacity: 0.8, interactive: false } as const;

/** A thin line from each moved symbol back to the pole's true place. */
export function DeclutterLeaders({
  poles,
  offsets,
}: {
  poles: readonly Pole[];
  offsets: ReadonlyMap<string, Offset>;
}) {
  const map = useMap();
  const lines = useMemo(() => {
    const zoom = map.getZoom();
    return poles.flatMap((p) => {
      const offset = offsets.get(p.id);
      if (!offset || p.lat === null || p.lon === null) return [];
      const shown = map.unproject(
        map.project([p.lat, p.lon], zoom).add([offset[0], offset[1]]),
        zoom,
      );
      return [{ id: p.id, positions: [[p.lat, p.lon], shown] as L.LatLngExpression[] }];
    });
  }, [poles, offsets, map]);
  return (
    <>
      {lines.map((l) => (
        <Polyline key={l.id} positions={l.positions} pathOptions={LEADER} />
      ))}
    </>
  );
}
