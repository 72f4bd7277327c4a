import L from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { communesOutline, type LatLonPath } from '../data/commune-outline';
import type { CommuneSet } from '../data/commune-set';
import { fetchDataJson } from '../data/fetch-data';
import { asFeatureCollection } from '../data/geojson-guards';
import { parseTerritoryCode } from '../data/territories';
import { communesOf } from '../state/communes-actions';
import { getState, useAppStore } from '../state/store';
import { overlayPadding } from './overlay-padding';
import { prefersReducedMotion } from './prefers-reduced-motion';
import { setDrawnTerritoryBox } from './territory-box';

interface Drawing {
  code: string;
  fills: LatLonPath[];
  edges: LatLonPath[];
  box: [number, number, number, number];
}

/** The outline of a région or département, from the basemap's own file (already cached). */
async function basemapOutline(file: string, code: string): Promise<Drawing | null> {
  const fc = asFeatureCollection(await fetchDataJson(file));
  const f = fc?.features.find((x) => (x.properties as { code?: unknown } | null)?.code === code);
  const g = f?.geometry;
  const polygons =
    g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
  const rings = polygons
    .flat()
    .map((ring) => ring.map(([lon, lat]) => [lat!, lon!] as [number, number]));
  if (rings.length === 0) return null;
  const lats = rings.flat().map((p) => p[0]);
  const lons = rings.flat().map((p) => p[1]);
  return {
    code,
    fills: rings,
    edges: rings,
    box: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
  };
}

/** The drawing of the open territory; an EPCI's from its member communes' polygons. */
function useDrawing(code: string | null): Drawing | null {
  const epciList = useAppStore((s) => (s.epci.state === 'ready' ? s.epci.value : null));
  // Only an EPCI waits for its file: a département is not fetched again when it arrives.
  const epci = code?.startsWith('epci-') ? epciList : null;
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  useEffect(() => {
    const ref = code ? parseTerritoryCode(code) : null;
    if (!code || !ref) return;
    let live = true;
    // Stamped with the address code, which the drawing is checked against.
    const done = (d: Drawing | null) => live && setDrawing(d && { ...d, code });
    if (ref.kind === 'dep')
      void basemapOutline('departements.geojson', ref.code).then(done, () => done(null));
    else if (ref.kind === 'reg')
      void basemapOutline('regions.geojson', ref.code).then(done, () => done(null));
    else if (epci) {
      const found = epci.find((e) => e.siren === ref.code);
      if (found) {
        // Only the commune files of the départements it spans, through the communes queue.
        void Promise.all(found.departements.map(communesOf)).then((loads) => {
          const sets = loads.flatMap((l): CommuneSet[] => (l.state === 'ready' ? [l.value] : []));
          const outline = communesOutline(sets, found.communes);
          done(
            outline.box
              ? { code, fills: outline.rings, edges: outline.edges, box: outline.box }
              : null,
          );
        });
      }
    }
    return () => {
      live = false;
    };
  }, [code, epci]);
  return drawing && drawing.code === code ? drawing : null;
}

/** The open territory drawn on the map and framed beside its profile. */
export function TerritoryOutline() {
  const map = useMap();
  const code = useAppStore((s) => s.territory);
  const seq = useAppStore((s) => s.territoryRevealSeq);
  const drawing = useDrawing(code);

  useEffect(() => {
    if (!drawing) return;
    const group = L.layerGroup([
      L.polygon(drawing.fills, {
        stroke: false,
        fillColor: '#1b4f72',
        fillOpacity: 0.1,
        interactive: false,
      }),
      L.polyline(drawing.edges, { color: '#1b4f72', weight: 2.5, interactive: false }),
    ]).addTo(map);
    const el = map.getContainer();
    el.dataset['territoryOutline'] = drawing.code;
    setDrawnTerritoryBox({ code: drawing.code, box: drawing.box });
    return () => {
      group.remove();
      setDrawnTerritoryBox(null);
      delete el.dataset['territoryOutline'];
    };
  }, [map, drawing]);

  // Framed when opened (a choice, a link, Back/Forward), after the panel is laid out.
  useEffect(() => {
    if (!drawing) return;
    const frame = requestAnimationFrame(() => {
      const [w, s, e, n] = drawing.box;
      const { topLeft, bottomRight } = overlayPadding(map);
      map.fitBounds(L.latLngBounds([s, w], [n, e]), {
        paddingTopLeft: topLeft,
        paddingBottomRight: bottomRight,
        animate: !prefersReducedMotion(),
      });
      map.getContainer().dataset['territoryFramed'] = String(getState().territoryRevealSeq);
    });
    return () => cancelAnimationFrame(frame);
  }, [map, drawing, seq]);
  return null;
}
