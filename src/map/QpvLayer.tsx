import L from 'leaflet';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { QpvRecord } from '../data/qpv-types';
import type { QpvPoint } from '../data/qpv-points';
import { ensureQpvPoints, ensureQpvShapes } from '../state/qpv-actions';
import { useAppStore } from '../state/store';
import { overlayPadding } from './overlay-padding';
import { prefersReducedMotion } from './prefers-reduced-motion';
import { useMapZoom } from './use-map-zoom';
import {
  buildPointsGroup,
  createShapesGroup,
  highlightLayer,
  qpvRenderer,
} from './qpv-canvas-layers';
import {
  diffCodes,
  itemsInView,
  qpvDrawMode,
  wantsShapes,
  type QpvDrawMode,
} from './qpv-layer-model';

const NO_CODES: ReadonlySet<string> = new Set();
/** A QPV shown from its dot alone gets this much room around it. */
const REVEAL_SPAN_M = 1500;
const REVEAL_MAX_ZOOM = 15;

/** The three neighbourhoods of the laureates, from the file QuartiersLayer draws. */
function useNamedCodes(): ReadonlySet<string> {
  const quartiers = useAppStore((s) => s.quartiers);
  return useMemo(() => {
    if (quartiers.state !== 'ready') return NO_CODES;
    const codes = quartiers.value.features.map((f) => (f.properties as { code?: unknown })?.code);
    return new Set(codes.filter((c): c is string => typeof c === 'string'));
  }, [quartiers]);
}

/**
 * Country scale: one canvas dot per QPV, built once and kept for the next time. The layers go
 * on the map in layout effects, in the commit that asks for them: a passive effect of an update
 * that does not come from an input runs after the browser's next frame, one frame later.
 */
function usePointsLayer(
  map: L.Map,
  renderer: L.Canvas,
  points: QpvPoint[] | null,
  named: ReadonlySet<string>,
) {
  const group = useMemo(
    () => (points ? buildPointsGroup(points, named, renderer) : null),
    [points, named, renderer],
  );
  useLayoutEffect(() => {
    if (!group) return;
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, group]);
}

/** Regional zoom: the polygons that meet the view, updated as it moves. Returns how many are drawn. */
function useShapesLayer(
  map: L.Map,
  renderer: L.Canvas,
  records: QpvRecord[] | null,
  named: ReadonlySet<string>,
): number {
  const [drawn, setDrawn] = useState(0);
  useLayoutEffect(() => {
    if (!records) return;
    const shapes = createShapesGroup(renderer, named);
    const byCode = new Map(records.map((r) => [r.code, r]));
    let current = new Set<string>();
    const update = () => {
      const b = map.getBounds();
      const wanted = new Set(
        itemsInView(records, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]).map(
          (r) => r.code,
        ),
      );
      const { add, remove } = diffCodes(current, wanted);
      remove.forEach((code) => shapes.remove(code));
      add.forEach((code) => shapes.add(byCode.get(code)!));
      current = wanted;
      setDrawn(wanted.size);
    };
    shapes.group.addTo(map);
    update();
    map.on('moveend', update);
    return () => {
      map.off('moveend', update);
      shapes.group.remove();
      setDrawn(0);
    };
  }, [map, renderer, records, named]);
  return drawn;
}

function useHighlight(map: L.Map, renderer: L.Canvas) {
  const code = useAppStore((s) => s.selectedQpv);
  const shapes = useAppStore((s) => s.qpvShapes);
  const points = useAppStore((s) => s.qpvPoints);
  const revealSeq = useAppStore((s) => s.qpvRevealSeq);
  const record = shapes.state === 'ready' ? shapes.value.find((r) => r.code === code) : undefined;
  const point =
    points.state === 'ready' ? points.value.points.find((p) => p.code === code) : undefined;
  useEffect(() => {
    const layer = highlightLayer(record, point, renderer);
    layer?.addTo(map);
    return () => {
      layer?.remove();
    };
  }, [map, renderer, record, point]);

  useEffect(() => {
    // Read when asked, so that only a new request moves the map, not a change of data.
    const { selectedQpv, qpvPoints, qpvShapes } = useAppStore.getState();
    if (revealSeq === 0 || !selectedQpv) return;
    const shape =
      qpvShapes.state === 'ready' ? qpvShapes.value.find((r) => r.code === selectedQpv) : undefined;
    const dot =
      qpvPoints.state === 'ready'
        ? qpvPoints.value.points.find((q) => q.code === selectedQpv)
        : undefined;
    const bounds = shape
      ? L.latLngBounds([shape.bbox[1], shape.bbox[0]], [shape.bbox[3], shape.bbox[2]])
      : dot
        ? L.latLng(dot.lat, dot.lon).toBounds(REVEAL_SPAN_M)
        : null;
    if (!bounds) return;
    const { topLeft, bottomRight } = overlayPadding(map);
    map.flyToBounds(bounds, {
      paddingTopLeft: topLeft,
      paddingBottomRight: bottomRight,
      maxZoom: REVEAL_MAX_ZOOM,
      animate: !prefersReducedMotion(),
      duration: 0.6,
    });
  }, [map, revealSeq]);
}

/**
 * Tells tests and the bench what is on screen, once the canvas has had a frame to paint: the
 * mode ('off', 'loading', 'points' or 'shapes'), how many dots and polygons, and the zoom. A
 * layout effect, like the ones that add the layers, so the two frames count from those.
 */
function usePaintedMarker(
  map: L.Map,
  state: QpvDrawMode | 'loading',
  dots: number,
  shapes: number,
  zoom: number,
) {
  useLayoutEffect(() => {
    const el = map.getContainer();
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        el.dataset['qpvLayer'] = state;
        el.dataset['qpvDots'] = String(dots);
        el.dataset['qpvShapes'] = String(shapes);
        el.dataset['zoom'] = String(zoom);
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [map, state, dots, shapes, zoom]);
}

/** Every QPV: dots at country scale, simplified polygons from a regional zoom, on one canvas. */
export function QpvLayer() {
  const map = useMap();
  const on = useAppStore((s) => s.qpvLayer);
  const points = useAppStore((s) => s.qpvPoints);
  const shapes = useAppStore((s) => s.qpvShapes);
  const renderer = useMemo(() => qpvRenderer(map), [map]);
  const named = useNamedCodes();
  const zoom = useMapZoom(map);
  const mode = qpvDrawMode(on, zoom, shapes.state === 'ready');
  const needShapes = wantsShapes(on, zoom);
  // The switch may come on from a shared link, not only from the checkbox.
  useEffect(() => {
    if (on) ensureQpvPoints();
  }, [on]);
  useEffect(() => {
    if (needShapes) ensureQpvShapes();
  }, [needShapes]);

  const pointsValue = points.state === 'ready' ? points.value.points : null;
  usePointsLayer(map, renderer, mode === 'points' ? pointsValue : null, named);
  const drawn = useShapesLayer(
    map,
    renderer,
    mode === 'shapes' && shapes.state === 'ready' ? shapes.value : null,
    named,
  );
  useHighlight(map, renderer);
  const painted = mode === 'points' && !pointsValue ? 'loading' : mode;
  const dots = mode === 'points' && pointsValue ? pointsValue.length : 0;
  usePaintedMarker(map, painted, dots, drawn, zoom);
  return null;
}
