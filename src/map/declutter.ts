export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export type Offset = readonly [dx: number, dy: number];

function groupsOf(n: number, linked: (i: number, j: number) => boolean): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if (linked(i, j)) parent[find(i)] = find(j);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  }
  return [...groups.values()];
}

/**
 * Moves symbols that would overlap on screen apart: each group of points closer than
 * `minDist` is laid out on a circle around its centre, `minDist` apart, in the order of their
 * real directions from that centre. Returns the pixel offset of every moved point.
 * Overlapping markers are hard to tell apart and to tap (WCAG 2.5.8 target size).
 */
export function declutter(points: readonly ScreenPoint[], minDist: number): Map<string, Offset> {
  const n = points.length;
  let placed = points.map((p) => ({ x: p.x, y: p.y }));
  const near = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    Math.hypot(a.x - b.x, a.y - b.y) < minDist - 1e-6;
  // Points are grouped by their true positions first; a laid-out group that runs into another
  // one joins it, and the layout is done again.
  let groups = groupsOf(n, (i, j) => near(points[i]!, points[j]!));
  for (let round = 0; round < n; round++) {
    placed = points.map((p) => ({ x: p.x, y: p.y }));
    for (const group of groups) {
      if (group.length < 2) continue;
      const cx = group.reduce((s, i) => s + points[i]!.x, 0) / group.length;
      const cy = group.reduce((s, i) => s + points[i]!.y, 0) / group.length;
      const angle = (i: number) => Math.atan2(points[i]!.y - cy, points[i]!.x - cx);
      const order = [...group].sort(
        (a, b) => angle(a) - angle(b) || (points[a]!.id < points[b]!.id ? -1 : 1),
      );
      const radius = minDist / (2 * Math.sin(Math.PI / group.length));
      // Start from the first point's own direction (straight up when they all coincide).
      const same = order.every((i) => points[i]!.x === cx && points[i]!.y === cy);
      const start = same ? -Math.PI / 2 : angle(order[0]!);
      order.forEach((i, k) => {
        const a = start + (2 * Math.PI * k) / group.length;
        placed[i] = { x: cx + radius * Math.cos(a), y: cy + radius * Math.sin(a) };
      });
    }
    const groupOf = new Map<number, number>();
    groups.forEach((g, gi) => g.forEach((i) => groupOf.set(i, gi)));
    const merged = groupsOf(groups.length, (a, b) =>
      groups[a]!.some((i) => groups[b]!.some((j) => near(placed[i]!, placed[j]!))),
    );
    if (merged.length === groups.length) break;
    groups = merged.map((m) => m.flatMap((gi) => groups[gi]!));
  }
  const offsets = new Map<string, Offset>();
  points.forEach((p, i) => {
    const dx = Math.round(placed[i]!.x - p.x);
    const dy = Math.round(placed[i]!.y - p.y);
    if (dx !== 0 || dy !== 0) offsets.set(p.id, [dx, dy]);
  });
  return offsets;
}
