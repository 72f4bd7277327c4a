import L from 'leaflet';
import type { QpvRecord } from '../data/qpv-types';
import type { QpvPoint } from '../data/qpv-points';
import { getState } from '../state/store';
import { selectQpv } from '../state/qpv-actions';

/** Above the basemap canvas (overlay pane, 400), below markers (600) and tooltips (650). */
export const QPV_PANE = 'qpv';
const QPV_PANE_Z = '405';

/** What a tooltip and a click need to know about a drawn QPV. */
export interface QpvLabel {
  code: string;
  nom: string;
  commune: string;
}

const STYLE = {
  point: { radius: 4, color: '#ffffff', weight: 1, fillColor: '#6a3d9a', fillOpacity: 0.9 },
  namedPoint: { radius: 7, color: '#7a2c07', weight: 2, fillColor: '#E69F00', fillOpacity: 1 },
  shape: { color: '#5e3c99', weight: 1.2, fillColor: '#8f6cc2', fillOpacity: 0.28 },
  // The named neighbourhoods are painted below by QuartiersLayer: only an outline here, so
  // their orange fill shows through, and a transparent fill that still catches the pointer.
  namedShape: { color: '#B3400B', weight: 2.5, fillColor: '#E69F00', fillOpacity: 0 },
  highlight: { color: '#0b5cad', weight: 4, fill: false, interactive: false },
} satisfies Record<string, L.CircleMarkerOptions | L.PathOptions>;

export function qpvRenderer(map: L.Map): L.Canvas {
  const pane = map.getPane(QPV_PANE) ?? map.createPane(QPV_PANE);
  pane.style.zIndex = QPV_PANE_Z;
  return L.canvas({ pane: QPV_PANE, padding: 0.25, tolerance: 4 });
}

/** Data from the files goes in as text nodes, never as HTML. */
export function qpvTooltipElement(label: QpvLabel): HTMLElement {
  const root = document.createElement('div');
  root.className = 'qpv-tooltip';
  const parts: [string, string][] = [
    ['qpv-tooltip__name', label.nom],
    ['qpv-tooltip__code', label.code],
    ['qpv-tooltip__commune', label.commune],
  ];
  for (const [className, text] of parts) {
    const line = document.createElement('span');
    line.className = className;
    line.textContent = text;
    root.append(line);
  }
  return root;
}

/** A click that asks "is this place in a QPV?" rather than "tell me about this QPV". */
export function isPlaceCheckClick(event: MouseEvent): boolean {
  const s = getState();
  // While a point is being chosen for the correction form, the click belongs to that.
  return !s.mapPick && (s.placeCheckMode || event.altKey);
}

/**
 * One tooltip and one click handler for the whole group: 1,584 tooltips would be 1,584 DOM
 * elements built up front, while this builds one on hover.
 */
function makeInteractive(group: L.FeatureGroup, labels: WeakMap<L.Layer, QpvLabel>): void {
  group.bindTooltip((layer) => qpvTooltipElement(labels.get(layer)!), {
    sticky: true,
    direction: 'top',
    offset: [0, -8],
    className: 'qpv-tooltip-box',
  });
  group.on('click', (e: L.LeafletMouseEvent) => {
    // The map's own click handler answers place checks.
    if (isPlaceCheckClick(e.originalEvent)) return;
    const label = labels.get(e.propagatedFrom as L.Layer);
    if (label) selectQpv(label.code);
  });
}

export function buildPointsGroup(
  points: readonly QpvPoint[],
  named: ReadonlySet<string>,
  renderer: L.Canvas,
): L.FeatureGroup {
  const labels = new WeakMap<L.Layer, QpvLabel>();
  const group = L.featureGroup();
  // Named neighbourhoods last, so they are painted on top of their neighbours.
  const ordered = [...points].sort((a, b) => Number(named.has(a.code)) - Number(named.has(b.code)));
  for (const p of ordered) {
    const style = named.has(p.code) ? STYLE.namedPoint : STYLE.point;
    const marker = L.circleMarker([p.lat, p.lon], { ...style, renderer, pane: QPV_PANE });
    labels.set(marker, p);
    group.addLayer(marker);
  }
  makeInteractive(group, labels);
  return group;
}

function latLngsOf(record: QpvRecord): L.LatLngExpression[][] | L.LatLngExpression[][][] {
  const { geometry } = record;
  return geometry.type === 'Polygon'
    ? (L.GeoJSON.coordsToLatLngs(geometry.coordinates, 1) as L.LatLngExpression[][])
    : (L.GeoJSON.coordsToLatLngs(geometry.coordinates, 2) as L.LatLngExpression[][][]);
}

/** An empty group for polygons that come and go with the view; `add` builds one on demand. */
export function createShapesGroup(renderer: L.Canvas, named: ReadonlySet<string>) {
  const labels = new WeakMap<L.Layer, QpvLabel>();
  const group = L.featureGroup();
  makeInteractive(group, labels);
  const built = new Map<string, L.Polygon>();
  return {
    group,
    add(record: QpvRecord) {
      let layer = built.get(record.code);
      if (!layer) {
        const style = named.has(record.code) ? STYLE.namedShape : STYLE.shape;
        layer = L.polygon(latLngsOf(record), { ...style, renderer, pane: QPV_PANE });
        labels.set(layer, record);
        built.set(record.code, layer);
      }
      group.addLayer(layer);
    },
    remove(code: string) {
      const layer = built.get(code);
      if (layer) group.removeLayer(layer);
    },
  };
}

/** The outline of the QPV whose panel is open: its polygon when loaded, else a ring on its dot. */
export function highlightLayer(
  record: QpvRecord | undefined,
  point: QpvPoint | undefined,
  renderer: L.Canvas,
): L.Layer | null {
  if (record) return L.polygon(latLngsOf(record), { ...STYLE.highlight, renderer, pane: QPV_PANE });
  if (point) {
    return L.circleMarker([point.lat, point.lon], {
      ...STYLE.highlight,
      radius: 12,
      renderer,
      pane: QPV_PANE,
    });
  }
  return null;
}
