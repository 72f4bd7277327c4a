import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { pointInPolygon, representativePoint } from './representative-point';

const U: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [4.8, 45.7],
      [4.9, 45.7],
      [4.9, 45.8],
      [4.88, 45.8],
      [4.88, 45.72],
      [4.82, 45.72],
      [4.82, 45.8],
      [4.8, 45.8],
      [4.8, 45.7],
    ],
  ],
};

describe('representativePoint', () => {
  it('returns a point itself', () => {
    expect(representativePoint({ type: 'Point', coordinates: [4.83, 45.76] })).toEqual([
      4.83, 45.76,
    ]);
  });

  it('uses the centroid of a convex polygon', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    const p = representativePoint(square)!;
    expect(p[0]).toBeCloseTo(1);
    expect(p[1]).toBeCloseTo(1);
  });

  it('stays inside a concave polygon whose centroid is outside', () => {
    const p = representativePoint(U)!;
    expect(pointInPolygon(p, U.coordinates)).toBe(true);
  });

  it('stays out of holes', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [
          [3, 3],
          [7, 3],
          [7, 7],
          [3, 7],
          [3, 3],
        ],
      ],
    };
    const p = representativePoint(withHole)!;
    expect(pointInPolygon(p, withHole.coordinates)).toBe(true);
  });

  it('takes the largest part of a multipolygon and the longest line', () => {
    expect(
      representativePoint({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [0.1, 0],
              [0.1, 0.1],
              [0, 0],
            ],
          ],
          [
            [
              [2, 2],
              [4, 2],
              [4, 4],
              [2, 4],
              [2, 2],
            ],
          ],
        ],
      }),
    ).toEqual([3, 3]);
    const mid = representativePoint({
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [0, 0.1],
        ],
        [
          [1, 40],
          [1, 41],
          [1, 44],
        ],
      ],
    })!;
    expect(mid[0]).toBeCloseTo(1);
    expect(mid[1]).toBeCloseTo(42);
  });

  it('picks a real member of a multipoint', () => {
    expect(
      representativePoint({
        type: 'MultiPoint',
        coordinates: [
          [0, 0],
          [1, 1],
          [10, 10],
        ],
      }),
    ).toEqual([1, 1]);
  });

  it('returns null for empty geometries', () => {
    expect(representativePoint({ type: 'MultiPoint', coordinates: [] })).toBeNull();
    expect(representativePoint({ type: 'GeometryCollection', geometries: [] })).toBeNull();
  });
});
