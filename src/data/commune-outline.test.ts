import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { communesOutline } from './commune-outline';
import { parseCommuneSet } from './commune-set';

const square = (x0: number, y0: number) => [
  [x0, y0],
  [x0 + 1, y0],
  [x0 + 1, y0 + 1],
  [x0, y0 + 1],
  [x0, y0],
];
const feature = (code: string, ring: number[][]) => ({
  type: 'Feature',
  properties: { code, nom: code, population: 1 },
  geometry: { type: 'Polygon', coordinates: [ring] },
});

describe('communesOutline', () => {
  it('keeps the outer edges of two neighbours and drops the one they share', () => {
    const set = parseCommuneSet('x', '99', {
      type: 'FeatureCollection',
      features: [
        feature('a', square(0, 0)),
        feature('b', square(1, 0)),
        feature('c', square(5, 5)),
      ],
    });
    const outline = communesOutline([set], new Set(['a', 'b']));
    expect(outline.rings).toHaveLength(2);
    const segments = outline.edges.reduce((n, e) => n + e.length - 1, 0);
    expect(segments).toBe(6);
    const [w, s, e, n] = outline.box!;
    expect(w).toBeCloseTo(0);
    expect(e).toBeCloseTo(2);
    expect(s).toBeCloseTo(0);
    expect(n).toBeCloseTo(1, 3);
  });

  it('has no box when none of the codes is found', () => {
    const set = parseCommuneSet('x', '99', {
      type: 'FeatureCollection',
      features: [feature('a', square(0, 0))],
    });
    expect(communesOutline([set], new Set(['z'])).box).toBeNull();
  });

  it('draws Dijon Métropole with far fewer boundary edges than its communes have', () => {
    const set = parseCommuneSet(
      'x',
      '21',
      JSON.parse(readFileSync('public/data/communes/communes-21.geojson', 'utf8')),
    );
    const epci = JSON.parse(readFileSync('public/data/epci.json', 'utf8')) as {
      epci: [string, string, string, number, string[], string][];
    };
    const row = epci.epci.find((e) => e[0] === '242100410')!;
    const codes = new Set(row[5].split(' ').map((c) => (c.length < 5 ? `21${c}` : c)));
    const outline = communesOutline([set], codes);
    const all = outline.rings.reduce((n, r) => n + r.length - 1, 0);
    const outer = outline.edges.reduce((n, e) => n + e.length - 1, 0);
    expect(outline.rings.length).toBeGreaterThanOrEqual(23);
    expect(outer).toBeLessThan(all / 2);
  });
});
