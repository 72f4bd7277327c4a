import { describe, expect, it } from 'vitest';
import { orderDots, topmostDotAt } from './qpv-dots';

describe('orderDots', () => {
  it('puts the named neighbourhoods last and keeps the others in file order', () => {
    const points = [{ code: 'a' }, { code: 'named' }, { code: 'b' }, { code: 'c' }];
    expect(orderDots(points, new Set(['named'])).map((p) => p.code)).toEqual([
      'a',
      'b',
      'c',
      'named',
    ]);
    expect(points.map((p) => p.code)).toEqual(['a', 'named', 'b', 'c']);
  });
});

describe('topmostDotAt', () => {
  const xs = Float64Array.from([0, 10, 12]);
  const ys = Float64Array.from([0, 0, 0]);
  const reach = Float64Array.from([5, 5, 3]);

  it('finds a dot within its reach, edge included', () => {
    expect(topmostDotAt(xs, ys, reach, 3, 4)).toBe(0);
    expect(topmostDotAt(xs, ys, reach, 0, -5)).toBe(0);
    expect(topmostDotAt(xs, ys, reach, 0, 5.01)).toBe(-1);
  });

  it('answers the dot drawn last where two overlap, as it is the one seen', () => {
    expect(topmostDotAt(xs, ys, reach, 11, 0)).toBe(2);
    // Out of the smaller top dot's reach, inside the one below.
    expect(topmostDotAt(xs, ys, reach, 7, 0)).toBe(1);
  });

  it('finds nothing away from the dots, or when there are none', () => {
    expect(topmostDotAt(xs, ys, reach, 30, 30)).toBe(-1);
    const none = new Float64Array(0);
    expect(topmostDotAt(none, none, none, 0, 0)).toBe(-1);
  });
});
