/** An axis-aligned box in screen pixels. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelCandidate {
  code: string;
  name: string;
  /** -1 when unknown: named last. */
  population: number;
  /** Anchor in screen pixels; the name is centred on it. */
  x: number;
  y: number;
}

export interface PlacedLabel extends LabelCandidate {
  major: boolean;
  rect: Rect;
}

/** Towns from this population on get the larger type. */
export const MAJOR_POPULATION = 20000;

export interface PlaceOptions {
  /** The area where names may go (the view, with some margin for panning). */
  area: Rect;
  /** Boxes no name may touch: pole symbols, the neighbourhood labels. */
  obstacles: readonly Rect[];
  /** Width in pixels of a name in the normal or the larger type. */
  measure: (name: string, major: boolean) => number;
  height: (major: boolean) => number;
  /** Empty pixels kept around every name. */
  gap?: number;
  max?: number;
}

const hits = (a: Rect, b: Rect) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

const inside = (a: Rect, area: Rect) =>
  a.x0 >= area.x0 && a.x1 <= area.x1 && a.y0 >= area.y0 && a.y1 <= area.y1;

/** Most populated first, then by code so that the choice does not depend on file order. */
export function byImportance(a: LabelCandidate, b: LabelCandidate): number {
  return b.population - a.population || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

const CELL = 64;

/**
 * Greedy placement: the most populated communes first, each name on its anchor or just above
 * or below it, kept only where its box, widened by `gap`, meets no obstacle and no name
 * already placed. Boxes are filed in a grid
 * of 64 px cells so that a dense view stays linear in the number of candidates.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  { area, obstacles, measure, height, gap = 2, max = 400 }: PlaceOptions,
): PlacedLabel[] {
  const grid = new Map<number, Rect[]>();
  // Numeric cell keys: rows of 2^16 cells, far wider than any screen.
  const cellsOf = (r: Rect) => {
    const keys: number[] = [];
    for (let cx = Math.floor(r.x0 / CELL); cx <= Math.floor(r.x1 / CELL); cx++)
      for (let cy = Math.floor(r.y0 / CELL); cy <= Math.floor(r.y1 / CELL); cy++)
        keys.push(cy * 65536 + cx);
    return keys;
  };
  const file = (r: Rect) =>
    cellsOf(r).forEach((k) => {
      const list = grid.get(k);
      if (list) list.push(r);
      else grid.set(k, [r]);
    });
  const free = (r: Rect) => cellsOf(r).every((k) => !grid.get(k)?.some((o) => hits(o, r)));
  obstacles.forEach(file);

  const placed: PlacedLabel[] = [];
  for (const c of [...candidates].sort(byImportance)) {
    if (placed.length >= max) break;
    const major = c.population >= MAJOR_POPULATION;
    const w = measure(c.name, major);
    const h = height(major);
    // On its anchor, else just above or below it (a pole's symbol often sits on a town centre).
    let rect: Rect | null = null;
    const step = h + 2 * gap;
    for (const dy of [0, -step, step]) {
      const r = { x0: c.x - w / 2, y0: c.y - h / 2 + dy, x1: c.x + w / 2, y1: c.y + h / 2 + dy };
      if (!inside(r, area)) continue;
      const padded = { x0: r.x0 - gap, y0: r.y0 - gap, x1: r.x1 + gap, y1: r.y1 + gap };
      if (!free(padded)) continue;
      file(padded);
      rect = r;
      break;
    }
    if (!rect) continue;
    placed.push({ ...c, major, rect });
  }
  return placed;
}
