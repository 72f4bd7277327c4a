import L from 'leaflet';
import type { ShapeSet } from '../data/basemap-shapes';

export interface BasemapPart {
  shapes: ShapeSet;
  /** Fill colour; rings are filled even-odd, so holes and enclaves come out right. */
  fill?: string;
  stroke: string;
  weight: number;
}

/**
 * A Leaflet canvas renderer that draws a few large, static, non-interactive shape sets straight
 * from typed arrays. It reuses L.Canvas for the canvas, its padding and its zoom animation, and
 * only replaces what it draws: `_draw` and `_updatePaths` are Leaflet 1.9 internals, and Leaflet
 * is pinned to 1.9 in package.json.
 */
export class BasemapCanvas extends L.Canvas {
  declare _ctx: CanvasRenderingContext2D;
  declare _bounds: L.Bounds;
  declare _postponeUpdatePaths: boolean | undefined;
  declare _redraw: () => void;
  private readonly parts: BasemapPart[];

  constructor(parts: BasemapPart[], options: L.RendererOptions & L.LayerOptions) {
    super(options);
    this.parts = parts;
  }

  _updatePaths() {
    if (!this._postponeUpdatePaths) this._redraw();
  }

  _draw() {
    const map = this._map;
    if (!map || !this._bounds) return;
    const ctx = this._ctx;
    const scale = 256 * 2 ** map.getZoom();
    const origin = map.getPixelOrigin();
    const b = this._bounds;
    // The canvas extent in world units, to skip rings that are entirely out of view.
    const view = [
      (b.min!.x + origin.x) / scale,
      (b.min!.y + origin.y) / scale,
      (b.max!.x + origin.x) / scale,
      (b.max!.y + origin.y) / scale,
    ] as const;
    ctx.save();
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    for (const part of this.parts) {
      ctx.beginPath();
      traceRings(ctx, part.shapes, scale, origin, view);
      if (part.fill) {
        ctx.fillStyle = part.fill;
        ctx.fill('evenodd');
      }
      ctx.strokeStyle = part.stroke;
      ctx.lineWidth = part.weight;
      ctx.stroke();
    }
    ctx.restore();
  }
}

function traceRings(
  ctx: CanvasRenderingContext2D,
  { coords, ringStart, ringBox }: ShapeSet,
  scale: number,
  origin: L.Point,
  [minX, minY, maxX, maxY]: readonly [number, number, number, number],
) {
  const rings = ringStart.length - 1;
  for (let r = 0; r < rings; r++) {
    const box = r * 4;
    if (ringBox[box]! > maxX || ringBox[box + 2]! < minX) continue;
    if (ringBox[box + 1]! > maxY || ringBox[box + 3]! < minY) continue;
    const start = ringStart[r]!;
    const end = ringStart[r + 1]!;
    let lastX = coords[2 * start]! * scale - origin.x;
    let lastY = coords[2 * start + 1]! * scale - origin.y;
    ctx.moveTo(lastX, lastY);
    for (let i = start + 1; i < end; i++) {
      const x = coords[2 * i]! * scale - origin.x;
      const y = coords[2 * i + 1]! * scale - origin.y;
      // Vertices closer than half a pixel add nothing to the drawing, only time.
      if (Math.abs(x - lastX) < 0.5 && Math.abs(y - lastY) < 0.5 && i < end - 1) continue;
      ctx.lineTo(x, y);
      lastX = x;
      lastY = y;
    }
    ctx.closePath();
  }
}
