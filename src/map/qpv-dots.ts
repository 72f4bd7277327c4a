/**
 * The QPV dots of the country-scale layer as plain arrays: one canvas layer draws and hit-tests
 * all of them, where 1,584 Leaflet circle markers took most of the time from the switch to the
 * dots on screen (each one added, projected, evented and drawn on its own).
 */

/** Draw order: the named neighbourhoods last, so they are painted on top of their neighbours. */
export function orderDots<T extends { code: string }>(
  points: readonly T[],
  named: ReadonlySet<string>,
): T[] {
  return [...points].sort((a, b) => Number(named.has(a.code)) - Number(named.has(b.code)));
}

/**
 * The dot under (x, y): the last one drawn, as it is the one seen, whose centre is at most
 * `reach[i]` pixels away; -1 when there is none.
 */
export function topmostDotAt(
  xs: Float64Array,
  ys: Float64Array,
  reach: Float64Array,
  x: number,
  y: number,
): number {
  for (let i = xs.length - 1; i >= 0; i--) {
    const dx = xs[i]! - x;
    const dy = ys[i]! - y;
    const r = reach[i]!;
    if (dx * dx + dy * dy <= r * r) return i;
  }
  return -1;
}
