import L from 'leaflet';
import type { QpvRecord } from '../data/qpv-types';
import type { QpvPoint } from '../data/qpv-points';
import { selectQpv } from '../state/qpv-actions';
import { isPlaceCheckClick } from './place-check-click';
import { orderDots, topmostDotAt } from './qpv-dots';

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

/**
 * One tooltip and one click handler for the whole group: 1,584 tooltips would be 1,584 DOM
 * elements built up front, while this builds one on hover.
 */
function makeInteractive(
  group: L.FeatureGroup,
  labelOf: (layer: L.Layer) => QpvLabel | undefined,
): void {
  group.bindTooltip(
    (layer) => {
      const label = labelOf(layer);
      return label ? qpvTooltipElement(label) : '';
    },
    {
      sticky: true,
      direction: 'top',
      offset: [0, -8],
      className: 'qpv-tooltip-box',
    },
  );
  group.on('click', (e: L.LeafletMouseEvent) => {
    // The map's own click handler answers place checks.
    if (isPlaceCheckClick(e.originalEvent)) return;
    const label = labelOf(e.propagatedFrom as L.Layer);
    if (label) selectQpv(label.code);
  });
}

type DotStyle = (typeof STYLE)['point'];

/** The parts of Leaflet 1.9's canvas renderer that a path draws and hit-tests with. */
interface CanvasInternals extends L.Canvas {
  _ctx: CanvasRenderingContext2D;
  _drawing: boolean;
}

/**
 * Every QPV dot as one canvas path. It follows Leaflet 1.9's path contract (`_project` when
 * the zoom changes, `_updatePath` while the renderer draws, `_containsPoint` for the pointer)
 * as L.CircleMarker does, and draws each dot as it would (same arc, fill, then stroke), so
 * the map looks the same; Leaflet is pinned to 1.9 in package.json.
 */
class QpvDots extends L.Path {
  declare _renderer: CanvasInternals;
  declare _pxBounds: L.Bounds | undefined;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly reach: Float64Array;
  /** The dot under the pointer at the last hit test, -1 for none: what a tooltip or click names. */
  hit = -1;

  constructor(
    readonly dots: readonly { lat: number; lon: number; style: DotStyle }[],
    options: L.PathOptions,
  ) {
    super();
    L.setOptions(this, options);
    this.xs = new Float64Array(dots.length);
    this.ys = new Float64Array(dots.length);
    this.reach = new Float64Array(dots.length);
  }

  _project() {
    const map = this._map;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const tolerance = this._renderer.options.tolerance ?? 0;
    this.dots.forEach((dot, i) => {
      const p = map.latLngToLayerPoint([dot.lat, dot.lon]);
      const r = dot.style.radius + dot.style.weight;
      this.xs[i] = p.x;
      this.ys[i] = p.y;
      // As L.CircleMarker: its radius, half its stroke and the renderer's tolerance.
      this.reach[i] = dot.style.radius + dot.style.weight / 2 + tolerance;
      minX = Math.min(minX, p.x - r);
      minY = Math.min(minY, p.y - r);
      maxX = Math.max(maxX, p.x + r);
      maxY = Math.max(maxY, p.y + r);
    });
    this._pxBounds = this.dots.length ? L.bounds([minX, minY], [maxX, maxY]) : undefined;
  }

  _update() {
    this._updatePath();
  }

  _updatePath() {
    const renderer = this._renderer;
    if (!renderer._drawing) return;
    const ctx = renderer._ctx;
    ctx.setLineDash([]);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    this.dots.forEach(({ style }, i) => {
      ctx.beginPath();
      ctx.arc(this.xs[i]!, this.ys[i]!, style.radius, 0, Math.PI * 2, false);
      ctx.globalAlpha = style.fillOpacity;
      ctx.fillStyle = style.fillColor;
      ctx.fill('evenodd');
      ctx.globalAlpha = 1;
      ctx.lineWidth = style.weight;
      ctx.strokeStyle = style.color;
      ctx.stroke();
    });
  }

  _containsPoint(p: L.Point): boolean {
    this.hit = topmostDotAt(this.xs, this.ys, this.reach, p.x, p.y);
    return this.hit >= 0;
  }
}

export function buildPointsGroup(
  points: readonly QpvPoint[],
  named: ReadonlySet<string>,
  renderer: L.Canvas,
): L.FeatureGroup {
  const ordered = orderDots(points, named);
  const dots = new QpvDots(
    ordered.map((p) => ({
      lat: p.lat,
      lon: p.lon,
      style: named.has(p.code) ? STYLE.namedPoint : STYLE.point,
    })),
    { renderer, pane: QPV_PANE },
  );
  const group = L.featureGroup([dots]);
  const labelOf = (layer: L.Layer) => (layer === dots ? ordered[dots.hit] : undefined);
  makeInteractive(group, labelOf);
  // Two dots that touch give no mouseout between them: the tooltip follows the dot instead.
  let shown = -1;
  group.on('mouseover', () => {
    shown = dots.hit;
  });
  group.on('mousemove', () => {
    if (dots.hit === shown) return;
    shown = dots.hit;
    group.getTooltip()?.update();
  });
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
  makeInteractive(group, (layer) => labels.get(layer));
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
