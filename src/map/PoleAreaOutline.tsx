import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { areaOf, loadAreaFeature } from '../data/pole-area';
import { requestFit, useAppStore } from '../state/store';

const STYLE: L.PathOptions = {
  color: '#0b5cad',
  weight: 3,
  dashArray: '8 6',
  fillColor: '#0b5cad',
  fillOpacity: 0.06,
  interactive: false,
  className: 'pole-area-outline',
};

/**
 * A pole known only by its région or département has no point: opening it draws the outline
 * of that area and frames it beside the details, instead of inventing a location.
 */
export function PoleAreaOutline() {
  const map = useMap();
  const pole = useAppStore((s) =>
    s.poles.state === 'ready' && s.selectedId
      ? s.poles.value.poles.find((p) => p.id === s.selectedId)
      : undefined,
  );
  const area = pole ? areaOf(pole) : null;
  const key = area ? (area.kind === 'region' ? `region:${area.name}` : `dep:${area.code}`) : '';

  useEffect(() => {
    if (!area) return;
    let layer: L.GeoJSON | null = null;
    let cancelled = false;
    loadAreaFeature(area).then(
      (feature) => {
        if (cancelled || !feature) return;
        layer = L.geoJSON(feature, { style: STYLE }).addTo(map);
        const b = layer.getBounds();
        requestFit([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
      },
      // The details say where the pole is known; without the file, there is only no outline.
      () => undefined,
    );
    return () => {
      cancelled = true;
      layer?.remove();
    };
    // `key` names the area; `area` is a new object at each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, key]);
  return null;
}
