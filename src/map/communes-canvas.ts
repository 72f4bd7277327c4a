import L from 'leaflet';
import type { ShapeSet } from '../data/basemap-shapes';

/** Rings smaller than this on screen (pixels) are not drawn: a dot says nothing of a border. */
const MIN_RING_PX = 1.5;
/** Vertices closer than this to the last drawn one are skipped. */
const MIN_STEP_PX = 0.9;

/**
 * The commune outlines, from typed arrays, on a Leaflet canvas (its padding and zoom
 * animation; `_draw` and `_updatePaths` are Leaflet 1.9 internals, pinned in package.json).
 * Each ring is stroked on its own: one path of thousands of overlapping rings costs the
 * rasteriser several times more than the same rings one by one.
 */
export class CommunesCanvas extends L.Canvas {
  declare _ctx: CanvasRenderingContext2D;
  declare _bounds: L.Bounds;
  declare _postponeUpdatePaths: boolean | undefined;
  declare _redraw: () => void;
  private sets: readonly ShapeSet[] = [];
  /** Zoom and pixel origin of the last full update: the drawing is valid while both hold. */
  private drawnAt: { zoom: number; origin: L.Point } | null = null;

  constructor(
    private readonly stroke: string,
    options: L.RendererOptions & L.LayerOptions,
  ) {
    super(options);
  }

  override onAdd(map: L.Map) {
    this.drawnAt = null;
    return super.onAdd(map);
  }

  setShapes(sets: readonly ShapeSet[]) {
    this.sets = sets;
    if (this._map) this._redraw();
  }

  /**
   * After a pan that stays inside the padded canvas, at the same zoom and pixel origin, what is
   * drawn is still right where it is: skip Leaflet's full redraw (it redraws at every moveend).
   */
  _update() {
    const map = this._map;
    if (
      this.drawnAt &&
      this._bounds &&
      !(map as L.Map & { _animatingZoom?: boolean })._animatingZoom
    ) {
      const size = map.getSize();
      const view = L.bounds(
        map.containerPointToLayerPoint([0, 0]),
        map.containerPointToLayerPoint(size),
      );
      if (
        this.drawnAt.zoom === map.getZoom() &&
        this.drawnAt.origin.equals(map.getPixelOrigin()) &&
        this._bounds.contains(view)
      )
        return;
    }
    (L.Canvas.prototype as unknown as { _update: (this: L.Canvas) => void })._update.call(this);
    this.drawnAt = { zoom: map.getZoom(), origin: map.getPixelOrigin() };
  }

  _updatePaths() {
    if (!this._postponeUpdatePaths) this._redraw();
  }

  _draw() {
    const map = this._map;
    if (!map || !this._bounds || this.sets.length === 0) return;
    const ctx = this._ctx;
    const scale = 256 * 2 ** map.getZoom();
    const origin = map.getPixelOrigin();
    const b = this._bounds;
    const minX = (b.min!.x + origin.x) / scale;
    const minY = (b.min!.y + origin.y) / scale;
    const maxX = (b.max!.x + origin.x) / scale;
    const maxY = (b.max!.y + origin.y) / scale;
    const minRing = MIN_RING_PX / scale;
    const start = performance.now();
    ctx.save();
    ctx.strokeStyle = this.stroke;
    ctx.lineWidth = 1;
    for (const { coords, ringStart, ringBox } of this.sets) {
      const rings = ringStart.length - 1;
      for (let r = 0; r < rings; r++) {
        const box = r * 4;
        const x0 = ringBox[box]!;
        const y0 = ringBox[box + 1]!;
        const x1 = ringBox[box + 2]!;
        const y1 = ringBox[box + 3]!;
        if (x0 > maxX || x1 < minX || y0 > maxY || y1 < minY) continue;
        if (x1 - x0 < minRing && y1 - y0 < minRing) continue;
        const first = ringStart[r]!;
        const end = ringStart[r + 1]!;
        let lastX = coords[2 * first]! * scale - origin.x;
        let lastY = coords[2 * first + 1]! * scale - origin.y;
        ctx.beginPath();
        ctx.moveTo(lastX, lastY);
        for (let i = first + 1; i < end; i++) {
          const x = coords[2 * i]! * scale - origin.x;
          const y = coords[2 * i + 1]! * scale - origin.y;
          if (Math.abs(x - lastX) < MIN_STEP_PX && Math.abs(y - lastY) < MIN_STEP_PX && i < end - 1)
            continue;
          ctx.lineTo(x, y);
          lastX = x;
          lastY = y;
        }
        ctx.stroke();
      }
    }
    ctx.restore();
    // A User Timing entry for scripts/communes-frames.mjs (it observes them); only the last is kept.
    performance.clearMeasures('communes-draw');
    performance.measure('communes-draw', { start });
  }
}
