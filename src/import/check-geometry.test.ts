import { describe, expect, it } from 'vitest';
import { checkGeometry } from './check-geometry';

const square = (x: number, y: number, d: number) => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];

describe('checkGeometry', () => {
  it('accepts every supported type and gives a marker point', () => {
    const cases: unknown[] = [
      { type: 'Point', coordinates: [4.83, 45.76] },
      { type: 'Point', coordinates: [4.83, 45.76, 170] },
      { type: 'MultiPoint', coordinates: [[4.83, 45.76]] },
      {
        type: 'LineString',
        coordinates: [
          [4.8, 45.7],
          [4.9, 45.8],
        ],
      },
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [4.8, 45.7],
            [4.9, 45.8],
          ],
        ],
      },
      { type: 'Polygon', coordinates: [square(4.8, 45.7, 0.1)] },
      { type: 'MultiPolygon', coordinates: [[square(4.8, 45.7, 0.1)]] },
    ];
    for (const g of cases) {
      const r = checkGeometry(g, null);
      expect(r.ok, JSON.stringify(g)).toBe(true);
      if (r.ok) {
        expect(r.point[0]).toBeGreaterThan(4.79);
        expect(r.point[1]).toBeGreaterThan(45.69);
      }
    }
  });

  it('drops altitudes', () => {
    const r = checkGeometry(
      {
        type: 'LineString',
        coordinates: [
          [4.8, 45.7, 1],
          [4.9, 45.8, 2],
        ],
      },
      null,
    );
    expect(r.ok && r.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [4.8, 45.7],
        [4.9, 45.8],
      ],
    });
  });

  it.each([
    [null, { code: 'geometry_missing' }],
    [undefined, { code: 'geometry_missing' }],
    ['POINT(1 2)', { code: 'geometry_invalid', reason: 'bad_structure' }],
    [{ coordinates: [1, 2] }, { code: 'geometry_invalid', reason: 'bad_structure' }],
    [
      { type: 'GeometryCollection', geometries: [] },
      { code: 'geometry_unsupported', type: 'GeometryCollection' },
    ],
    [{ type: 'Circle', coordinates: [1, 2] }, { code: 'geometry_unsupported' }],
    [
      { type: 'Point', coordinates: [4.8] },
      { code: 'geometry_invalid', reason: 'bad_structure' },
    ],
    [
      { type: 'Point', coordinates: ['4.8', 45] },
      { code: 'geometry_invalid', reason: 'not_number' },
    ],
    [
      { type: 'Point', coordinates: [null, 45] },
      { code: 'geometry_invalid', reason: 'not_number' },
    ],
    [
      { type: 'Point', coordinates: [200, 45] },
      { code: 'geometry_invalid', reason: 'out_of_range' },
    ],
    [{ type: 'Point' }, { code: 'geometry_invalid', reason: 'bad_structure' }],
    [
      { type: 'MultiPoint', coordinates: [] },
      { code: 'geometry_invalid', reason: 'too_few_positions' },
    ],
    [
      { type: 'LineString', coordinates: [[4.8, 45.7]] },
      { code: 'geometry_invalid', reason: 'too_few_positions' },
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [4.8, 45.7],
            [4.9, 45.7],
            [4.8, 45.7],
          ],
        ],
      },
      { code: 'geometry_invalid', reason: 'too_few_positions' },
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [4.8, 45.7],
            [4.9, 45.7],
          ],
        ],
      },
      { code: 'geometry_invalid', reason: 'too_few_positions' },
    ],
    [
      { type: 'Polygon', coordinates: [] },
      { code: 'geometry_invalid', reason: 'too_few_positions' },
    ],
    [{ type: 'Point', coordinates: [-73.6, 45.5] }, { code: 'coordinates_outside_france' }],
    [{ type: 'Point', coordinates: [3_000_000, 45] }, { code: 'coordinates_unknown_projection' }],
  ])('rejects %j', (g, expected) => {
    expect(checkGeometry(g, null)).toMatchObject({ ok: false, ...expected });
  });

  it.each([
    {
      name: 'three positions',
      ring: [
        [4.8, 45.7],
        [4.9, 45.7],
        [4.9, 45.8],
      ],
    },
    {
      name: 'four positions',
      ring: [
        [4.8, 45.7],
        [4.9, 45.7],
        [4.9, 45.8],
        [4.8, 45.8],
      ],
    },
  ])('closes an open ring back to its first point and says so ($name)', ({ ring }) => {
    const closedRing = [...ring, ring[0]!];
    const r = checkGeometry({ type: 'Polygon', coordinates: [ring] }, null);
    expect(r.ok && r.ringClosed).toBe(true);
    expect(r.ok && r.geometry).toEqual({ type: 'Polygon', coordinates: [closedRing] });
    const closed = checkGeometry({ type: 'MultiPolygon', coordinates: [[closedRing]] }, null);
    expect(closed.ok && closed.ringClosed).toBe(false);
  });

  it('un-swaps [lat, lon] geometries', () => {
    const r = checkGeometry(
      {
        type: 'LineString',
        coordinates: [
          [45.7, 4.8],
          [45.8, 4.9],
        ],
      },
      null,
    );
    expect(r).toMatchObject({ ok: true, swapped: true });
    expect(r.ok && r.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [4.8, 45.7],
        [4.9, 45.8],
      ],
    });
  });

  it('reprojects Lambert-93, declared or recognised', () => {
    for (const declared of ['EPSG:2154', null] as const) {
      const r = checkGeometry({ type: 'Point', coordinates: [648237.3, 6862271.7] }, declared);
      expect(r).toMatchObject({ ok: true, crs: 'EPSG:2154', swapped: false });
      expect(r.ok && r.point[0]).toBeCloseTo(2.2945, 3);
    }
  });
});
