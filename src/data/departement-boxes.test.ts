import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { mercatorX, mercatorY } from './basemap-shapes';
import { departementBoxes } from './departement-boxes';

describe('departementBoxes', () => {
  const fc = JSON.parse(
    readFileSync('public/data/departements.geojson', 'utf8'),
  ) as FeatureCollection<Geometry>;
  const boxes = departementBoxes(fc);

  it('gives one box per shipped département, each with a communes file', () => {
    expect(boxes).toHaveLength(101);
    for (const { code } of boxes) {
      expect(() => readFileSync(`public/data/communes/communes-${code}.geojson`)).not.toThrow();
    }
  });

  it('puts Dijon inside the Côte-d’Or box', () => {
    const [x0, y0, x1, y1] = boxes.find((b) => b.code === '21')!.box;
    const x = mercatorX(5.04);
    const y = mercatorY(47.32);
    expect(x > x0 && x < x1 && y > y0 && y < y1).toBe(true);
  });
});
