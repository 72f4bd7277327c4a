import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate, type Rect } from './commune-labels';

const area: Rect = { x0: 0, y0: 0, x1: 800, y1: 600 };
const measure = (name: string) => name.length * 7;
const height = () => 14;
const c = (code: string, name: string, population: number, x: number, y: number) => ({
  code,
  name,
  population,
  x,
  y,
});
const overlap = (a: Rect, b: Rect) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

describe('placeLabels', () => {
  it('names the most populated of two communes on its anchor, the other beside it', () => {
    const placed = placeLabels(
      [c('1', 'Petite', 300, 100, 100), c('2', 'Grande', 9000, 105, 102)],
      { area, obstacles: [], measure, height },
    );
    expect(placed.map((p) => p.name)).toEqual(['Grande', 'Petite']);
    expect(placed[0]!.rect.y0).toBe(102 - 7);
    expect(placed[1]!.rect.y0).toBe(100 - 7 - 14 - 4);
  });

  it('leaves out a name that fits nowhere around its anchor', () => {
    const placed = placeLabels(
      [c('1', 'Petite', 300, 100, 100), c('2', 'Grande', 9000, 100, 100)],
      {
        area,
        obstacles: [
          { x0: 0, y0: 60, x1: 300, y1: 84 },
          { x0: 0, y0: 117, x1: 300, y1: 140 },
        ],
        measure,
        height,
      },
    );
    expect(placed.map((p) => p.name)).toEqual(['Grande']);
  });

  it('leaves out a name that would cover an obstacle or leave the area', () => {
    const placed = placeLabels(
      [
        c('1', 'Dijon', 150000, 100, 100),
        c('2', 'Talant', 11000, 795, 300),
        c('3', 'Ok', 5, 400, 300),
      ],
      { area, obstacles: [{ x0: 60, y0: 60, x1: 140, y1: 140 }], measure, height },
    );
    expect(placed.map((p) => p.name)).toEqual(['Ok']);
  });

  it('gives the larger type from 20,000 inhabitants', () => {
    const placed = placeLabels(
      [c('1', 'Dijon', 150000, 100, 100), c('2', 'Ahuy', 1300, 400, 400)],
      {
        area,
        obstacles: [],
        measure,
        height,
      },
    );
    expect(placed.map((p) => p.major)).toEqual([true, false]);
  });

  it('never places two names over each other or over an obstacle (any input)', () => {
    const candidate = fc.record({
      code: fc.string(),
      name: fc.string({ minLength: 1, maxLength: 20 }),
      population: fc.integer({ min: -1, max: 100000 }),
      x: fc.integer({ min: -50, max: 850 }),
      y: fc.integer({ min: -50, max: 650 }),
    });
    const rect = fc
      .record({ x: fc.integer({ min: 0, max: 800 }), y: fc.integer({ min: 0, max: 600 }) })
      .map(({ x, y }) => ({ x0: x, y0: y, x1: x + 20, y1: y + 20 }));
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 120 }),
        fc.array(rect, { maxLength: 10 }),
        (cs, obstacles) => {
          const placed = placeLabels(cs as LabelCandidate[], { area, obstacles, measure, height });
          for (let i = 0; i < placed.length; i++) {
            for (const o of obstacles) expect(overlap(placed[i]!.rect, o)).toBe(false);
            for (let j = i + 1; j < placed.length; j++)
              expect(overlap(placed[i]!.rect, placed[j]!.rect)).toBe(false);
          }
        },
      ),
    );
  });
});
