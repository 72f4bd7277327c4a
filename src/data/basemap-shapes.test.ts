import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mercatorX, mercatorY, toShapeSet, worldToLonLat } from './basemap-shapes';

describe('Web Mercator world coordinates', () => {
  it('turns world units back into degrees', () => {
    const [lon, lat] = worldToLonLat(mercatorX(5.04), mercatorY(47.32));
    expect(lon).toBeCloseTo(5.04, 9);
    expect(lat).toBeCloseTo(47.32, 9);
  });

  it('matches the EPSG:3857 square', () => {
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorX(180)).toBe(1);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorY(85.0511287798)).toBeCloseTo(0, 9);
    expect(mercatorY(-85.0511287798)).toBeCloseTo(1, 9);
    expect(mercatorY(90)).toBeCloseTo(0, 9);
    // Paris, against the EPSG:3857 metres (2.3522, 48.8566) → (261845.7, 6250564.3).
    const half = 20037508.342789244;
    expect(mercatorX(2.3522)).toBeCloseTo((261845.7 + half) / (2 * half), 8);
    expect(mercatorY(48.8566)).toBeCloseTo((half - 6250564.3) / (2 * half), 8);
  });
});

describe('toShapeSet', () => {
  it('flattens polygons and multipolygons, with the bounding box of each ring', () => {
    const fc: FeatureCollection<Geometry> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [10, 0],
                [10, 10],
                [0, 0],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [20, 20],
                  [30, 20],
                  [20, 20],
                ],
              ],
              [
                [
                  [-5, -5],
                  [-4, -5],
                  [-5, -5],
                ],
              ],
            ],
          },
        },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 1] } },
      ],
    };
    const s = toShapeSet(fc);
    expect([...s.ringStart]).toEqual([0, 4, 7, 10]);
    expect(s.coords).toHaveLength(20);
    expect(s.coords[2]).toBeCloseTo(mercatorX(10), 12);
    expect(s.coords[5]).toBeCloseTo(mercatorY(10), 12);
    expect([...s.ringBox.slice(0, 4)]).toEqual([0.5, mercatorY(10), mercatorX(10), 0.5]);
  });

  it('keeps every vertex of the shipped départements', () => {
    const fc = JSON.parse(readFileSync('public/data/departements.geojson', 'utf8'));
    const s = toShapeSet(fc);
    expect(s.ringStart.at(-1)).toBe(s.coords.length / 2);
    expect(s.coords.length / 2).toBeGreaterThan(30000);
    expect(s.coords.every((v) => v > 0 && v < 1)).toBe(true);
  });
});
