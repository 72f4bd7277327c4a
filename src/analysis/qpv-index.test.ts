import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import { createQpvIndex, distanceToQpvM, haversineM } from './qpv-index';
import {
  FRANCE_AREAS,
  bruteForceContaining,
  bruteForceNearest,
  pointInArea,
  randomFrancePoints,
  seededRandom,
} from './qpv-index.bench-helper';
import { parseQpvCollection, type QpvRecord } from '../data/qpv-types';

function loadRecords(file: string): QpvRecord[] {
  const json: unknown = JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
  const { records, issues } = parseQpvCollection(json);
  expect(issues).toEqual([]);
  return records;
}

const records = loadRecords('qpv-2024.geojson');
const index = createQpvIndex(records);

function loadInteriorPoints(): [number, number][] {
  const json = JSON.parse(readFileSync('public/data/qpv-2024-points.geojson', 'utf8')) as {
    features: { geometry: { coordinates: [number, number] } }[];
  };
  return json.features.map((f) => f.geometry.coordinates);
}

/** Turf's own geodesic point-to-polygon distance, in metres, as an independent reference. */
function turfDistanceM(record: QpvRecord, lon: number, lat: number): number {
  return Math.max(0, pointToPolygonDistance([lon, lat], record.geometry, { units: 'meters' }));
}

function square(code: string, lon: number, lat: number, half: number): QpvRecord {
  const ring = [
    [lon - half, lat - half],
    [lon + half, lat - half],
    [lon + half, lat + half],
    [lon - half, lat + half],
    [lon - half, lat - half],
  ];
  return {
    code,
    nom: code,
    commune: 'Test',
    insee: ['00000'],
    departement: '00',
    departementNom: '',
    zone: 'metropole',
    generation: '2024',
    geometry: { type: 'Polygon', coordinates: [ring] },
    bbox: [lon - half, lat - half, lon + half, lat + half],
  };
}

describe('createQpvIndex on synthetic squares', () => {
  const a = square('A', 2, 45, 0.01);
  const b = square('B', 2.1, 45, 0.01);
  const small = createQpvIndex([a, b]);

  it('finds the containing square, edges included', () => {
    expect(small.containing(2, 45)?.code).toBe('A');
    expect(small.containing(2.01, 45)?.code).toBe('A');
    expect(small.containing(2.05, 45)).toBeNull();
  });

  it('measures the distance to the edge, not to the centre', () => {
    // 0.01° of latitude north of A's top edge.
    const got = small.nearest(2, 45.02);
    expect(got?.qpv.code).toBe('A');
    expect(got?.distanceM).toBeCloseTo(haversineM(2, 45.01, 2, 45.02), 3);
    expect(got?.distanceM).toBeGreaterThan(1110);
    expect(got?.distanceM).toBeLessThan(1114);
  });

  it('shrinks longitude degrees with latitude', () => {
    // 0.01° of longitude east of A's right edge is about 1112 m * cos 45° ≈ 786 m.
    const got = small.nearest(2.02, 45);
    expect(got?.distanceM).toBeGreaterThan(780);
    expect(got?.distanceM).toBeLessThan(790);
  });

  it('lists the squares within a distance, closest first', () => {
    const got = small.within(2.06, 45, 5000).map((d) => d.qpv.code);
    expect(got).toEqual(['B', 'A']);
    expect(small.within(2.06, 45, 3000).map((d) => d.qpv.code)).toEqual(['B']);
    expect(small.within(2.06, 45, 100)).toEqual([]);
  });

  it('answers null on an empty index', () => {
    const empty = createQpvIndex([]);
    expect(empty.containing(2, 45)).toBeNull();
    expect(empty.nearest(2, 45)).toBeNull();
    expect(empty.within(2, 45, 1000)).toEqual([]);
  });
});

describe('createQpvIndex on the real QPV 2024 contours', () => {
  it.each([
    ['coursive-boutaric', 5.06731, 47.33302, 'QN02103M', 'Les Grésilles'],
    ['coopaxis', 0.69854, 47.38119, 'QN03709M', 'Sanitas'],
    ['gouttes-dor-mode-design', 2.35291, 48.88579, 'QN07511M', "Goutte D'Or"],
  ])('puts %s inside its QPV', (_id, lon, lat, code, nom) => {
    expect(index.containing(lon, lat)?.code).toBe(code);
    expect(index.containing(lon, lat)?.nom).toBe(nom);
    expect(index.nearest(lon, lat)).toMatchObject({ qpv: { code }, distanceM: 0 });
  });

  it('gives a pole at the Toulouse commune centre the same nearest QPV as a full scan', () => {
    const [lon, lat] = [1.43209, 43.59604];
    const got = index.nearest(lon, lat);
    const expected = bruteForceNearest(records, lon, lat);
    expect(got?.qpv.code).toBe(expected?.qpv.code);
    expect(got?.distanceM).toBe(expected?.distanceM);
    expect(index.containing(lon, lat)).toBeNull();

    // Turf's geodesic distance over all 1,584 polygons agrees on the QPV and within 1 %.
    let turfBest = { code: '', distanceM: Infinity };
    for (const r of records) {
      const d = turfDistanceM(r, lon, lat);
      if (d < turfBest.distanceM) turfBest = { code: r.code, distanceM: d };
    }
    expect(got?.qpv.code).toBe(turfBest.code);
    expect(Math.abs(got!.distanceM - turfBest.distanceM)).toBeLessThan(turfBest.distanceM * 0.01);
  });

  it('agrees with brute force on random points in metropolitan and overseas France', () => {
    const area = fc.integer({ min: 0, max: FRANCE_AREAS.length - 1 });
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(area, unit, unit, (a, u, v) => {
        const [lon, lat] = pointInArea(FRANCE_AREAS[a]!, u, v);
        const expected = bruteForceNearest(records, lon, lat)!;
        const got = index.nearest(lon, lat)!;
        expect(got.distanceM).toBe(expected.distanceM);
        expect(got.qpv.code).toBe(expected.qpv.code);
        expect(index.containing(lon, lat)?.code).toBe(
          bruteForceContaining(records, lon, lat)?.code,
        );
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('agrees with brute force around the interior points of the QPVs', () => {
    // Uniform points seldom land in a QPV, so also sample around each QPV's interior point.
    const interior = loadInteriorPoints();
    const pick = fc.integer({ min: 0, max: interior.length - 1 });
    const offset = fc.double({ min: -0.004, max: 0.004, noNaN: true });
    let inside = 0;
    fc.assert(
      fc.property(pick, offset, offset, (i, dLon, dLat) => {
        const [lon0, lat0] = interior[i]!;
        const [lon, lat] = [lon0 + dLon, lat0 + dLat];
        const containing = bruteForceContaining(records, lon, lat);
        if (containing) inside++;
        expect(index.containing(lon, lat)?.code).toBe(containing?.code);
        const expected = bruteForceNearest(records, lon, lat)!;
        expect(index.nearest(lon, lat)).toMatchObject({
          qpv: { code: expected.qpv.code },
          distanceM: expected.distanceM,
        });
      }),
      { numRuns: 200 },
    );
    expect(inside).toBeGreaterThan(40);
  }, 120_000);

  it('lists exactly the QPVs a full scan finds within 2 km, closest first', () => {
    const [lon, lat] = [2.35291, 48.88579];
    const got = index.within(lon, lat, 2000);
    const expected = records
      .map((qpv) => ({ code: qpv.code, distanceM: distanceToQpvM(qpv, lon, lat) }))
      .filter((d) => d.distanceM <= 2000)
      .sort((a, b) => a.distanceM - b.distanceM);
    expect(got.map((d) => d.qpv.code)).toEqual(expected.map((d) => d.code));
    expect(got[0]).toMatchObject({ qpv: { code: 'QN07511M' }, distanceM: 0 });
    expect(got.length).toBeGreaterThan(1);
  });

  it('stays within 1 % of turf geodesic distances, overseas included', () => {
    const random = seededRandom(7);
    const points = randomFrancePoints(60, random);
    for (const [lon, lat] of points) {
      const got = index.nearest(lon, lat)!;
      const reference = turfDistanceM(got.qpv, lon, lat);
      expect(Math.abs(got.distanceM - reference)).toBeLessThanOrEqual(
        Math.max(0.5, reference * 0.01),
      );
    }
  });

  it('prints timings (informative, not asserted)', () => {
    const text = readFileSync('public/data/qpv-2024.geojson', 'utf8');
    let t = performance.now();
    const parsed = parseQpvCollection(JSON.parse(text));
    const tParse = performance.now() - t;
    t = performance.now();
    const built = createQpvIndex(parsed.records);
    const tBuild = performance.now() - t;
    const points = randomFrancePoints(10_000, seededRandom(42));
    t = performance.now();
    let inside = 0;
    for (const [lon, lat] of points) {
      if (built.containing(lon, lat)) inside++;
      built.nearest(lon, lat);
    }
    const tQuery = performance.now() - t;
    console.info(
      `qpv-2024.geojson: JSON.parse + validate ${tParse.toFixed(0)} ms, index build ` +
        `${tBuild.toFixed(0)} ms, 10,000 points containing + nearest ${tQuery.toFixed(0)} ms ` +
        `(${inside} inside)`,
    );
  });
});
