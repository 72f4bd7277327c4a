import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declutter, type ScreenPoint } from './declutter';

const moved = (points: ScreenPoint[], minDist: number) => {
  const offsets = declutter(points, minDist);
  return points.map((p) => {
    const [dx, dy] = offsets.get(p.id) ?? [0, 0];
    return { id: p.id, x: p.x + dx, y: p.y + dy };
  });
};

describe('declutter', () => {
  it('leaves points that are far enough apart where they are', () => {
    expect(
      declutter(
        [
          { id: 'a', x: 0, y: 0 },
          { id: 'b', x: 40, y: 0 },
        ],
        34,
      ).size,
    ).toBe(0);
  });

  it('moves two close points apart along their own direction, around their middle', () => {
    const [a, b] = moved(
      [
        { id: 'a', x: 100, y: 100 },
        { id: 'b', x: 110, y: 100 },
      ],
      34,
    );
    expect(a).toEqual({ id: 'a', x: 88, y: 100 });
    expect(b).toEqual({ id: 'b', x: 122, y: 100 });
  });

  it('spreads points at the very same place', () => {
    const out = moved(
      [
        { id: 'a', x: 50, y: 50 },
        { id: 'b', x: 50, y: 50 },
        { id: 'c', x: 50, y: 50 },
      ],
      30,
    );
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) {
        expect(Math.hypot(out[i]!.x - out[j]!.x, out[i]!.y - out[j]!.y)).toBeGreaterThanOrEqual(29);
      }
    }
  });

  it('ends with no two points closer than the minimum (to rounding)', () => {
    const point = fc.record({
      x: fc.integer({ min: 0, max: 300 }),
      y: fc.integer({ min: 0, max: 300 }),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 25 }), (raw) => {
        const points = raw.map((p, i) => ({ id: `p${i}`, ...p }));
        const out = moved(points, 34);
        for (let i = 0; i < out.length; i++) {
          for (let j = i + 1; j < out.length; j++) {
            const d = Math.hypot(out[i]!.x - out[j]!.x, out[i]!.y - out[j]!.y);
            expect(d).toBeGreaterThanOrEqual(32.5);
          }
        }
      }),
    );
  });
});
