import type { DepartementBox } from '../data/departement-boxes';

/** From this zoom on, the embedded basemap draws and names the communes. */
export const COMMUNES_MIN_ZOOM = 8;

/** minX, minY, maxX, maxY in Web Mercator world units (0 to 1, y down). */
export type WorldBox = readonly [number, number, number, number];

const overlaps = (a: WorldBox, b: WorldBox) =>
  a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * The départements whose box meets the view, the one nearest the view's centre first, so that
 * the communes under the user's eyes arrive first.
 */
export function departementsInView(boxes: readonly DepartementBox[], view: WorldBox): string[] {
  const cx = (view[0] + view[2]) / 2;
  const cy = (view[1] + view[3]) / 2;
  // Boxes overlap: among those holding the centre, the one whose middle is nearest comes first.
  const distance = ({ box }: DepartementBox) => {
    const dx = Math.max(box[0] - cx, 0, cx - box[2]);
    const dy = Math.max(box[1] - cy, 0, cy - box[3]);
    return dx * dx + dy * dy;
  };
  const toMiddle = ({ box }: DepartementBox) =>
    ((box[0] + box[2]) / 2 - cx) ** 2 + ((box[1] + box[3]) / 2 - cy) ** 2;
  return boxes
    .filter((d) => overlaps(d.box, view))
    .sort((a, b) => distance(a) - distance(b) || toMiddle(a) - toMiddle(b))
    .map((d) => d.code);
}
