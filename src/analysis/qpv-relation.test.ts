import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LocationPrecision } from '../data/types';
import { createQpvIndex, type QpvDistance, type QpvIndex } from './qpv-index';
import { parseQpvCollection, type QpvRecord } from '../data/qpv-types';
import {
  QPV_FILTER_CATEGORIES,
  qpvFilterCategory,
  relateToQpv,
  type QpvRelation,
} from './qpv-relation';

const record: QpvRecord = {
  code: 'QN99999N',
  nom: 'Test',
  commune: 'Testville',
  insee: ['99001'],
  departement: '99',
  departementNom: 'Test',
  zone: 'metropole',
  generation: '2024',
  geometry: { type: 'Polygon', coordinates: [] },
  bbox: [0, 0, 0, 0],
};

/** An index that always answers the given distance, to test the thresholds exactly. */
function fixedIndex(distanceM: number | null): Pick<QpvIndex, 'nearest'> {
  return {
    nearest: (): QpvDistance | null => (distanceM === null ? null : { qpv: record, distanceM }),
  };
}

function relate(distanceM: number | null, precision: LocationPrecision = 'exacte'): QpvRelation {
  return relateToQpv(fixedIndex(distanceM), 2, 45, precision);
}

describe('relateToQpv thresholds', () => {
  it.each([
    [0, 'inside', undefined, 'in'],
    [0.01, 'near', '500m', 'within1km'],
    [500, 'near', '500m', 'within1km'],
    [500.01, 'near', '1km', 'within1km'],
    [1000, 'near', '1km', 'within1km'],
    [1000.01, 'far', undefined, 'farther'],
    [250_000, 'far', undefined, 'farther'],
  ])('at %s m: %s %s', (distanceM, kind, band, category) => {
    const relation = relate(distanceM);
    expect(relation.kind).toBe(kind);
    expect(relation).toMatchObject(band ? { band } : {});
    expect(qpvFilterCategory(relation)).toBe(category);
  });

  it('carries a geometry-free summary of the QPV and the distance', () => {
    expect(relate(350)).toEqual({
      kind: 'near',
      qpv: {
        code: 'QN99999N',
        nom: 'Test',
        commune: 'Testville',
        insee: ['99001'],
        departement: '99',
        zone: 'metropole',
      },
      distanceM: 350,
      band: '500m',
      approximate: false,
      precision: 'exacte',
    });
  });

  it.each([
    ['exacte', false],
    ['quartier', false],
    ['commune', true],
    ['departement', true],
  ] as const)('flags a %s location as approximate: %s', (precision, approximate) => {
    expect(relate(0, precision)).toMatchObject({ approximate, precision });
    expect(relate(5000, precision)).toMatchObject({ approximate, precision });
  });

  it('answers unknown without a usable location', () => {
    const index = fixedIndex(0);
    expect(relateToQpv(index, null, null, 'inconnue')).toEqual({ kind: 'unknown' });
    expect(relateToQpv(index, 2, null, 'commune')).toEqual({ kind: 'unknown' });
    expect(relateToQpv(index, null, 45, 'commune')).toEqual({ kind: 'unknown' });
    expect(relateToQpv(index, Number.NaN, 45, 'exacte')).toEqual({ kind: 'unknown' });
    expect(relateToQpv(index, 2, 95, 'exacte')).toEqual({ kind: 'unknown' });
    expect(relateToQpv(index, 2, 45, 'inconnue')).toEqual({ kind: 'unknown' });
    expect(relateToQpv(fixedIndex(null), 2, 45, 'exacte')).toEqual({ kind: 'unknown' });
    expect(qpvFilterCategory({ kind: 'unknown' })).toBe('unknown');
  });

  it('lists the filter categories once each', () => {
    expect(new Set(QPV_FILTER_CATEGORIES).size).toBe(4);
  });
});

describe('relateToQpv on the real QPVs', () => {
  const json: unknown = JSON.parse(readFileSync('public/data/qpv-2024.geojson', 'utf8'));
  const index = createQpvIndex(parseQpvCollection(json).records);

  it.each([
    [5.06731, 47.33302, 'QN02103M'],
    [0.69854, 47.38119, 'QN03709M'],
    [2.35291, 48.88579, 'QN07511M'],
  ])('puts the quartier-level pole at %s, %s inside %s', (lon, lat, code) => {
    expect(relateToQpv(index, lon, lat, 'quartier')).toMatchObject({
      kind: 'inside',
      qpv: { code },
      approximate: false,
    });
  });

  it('gives an approximate answer for a pole at the Toulouse commune centre', () => {
    const relation = relateToQpv(index, 1.43209, 43.59604, 'commune');
    expect(relation).toMatchObject({ kind: 'near', band: '1km', approximate: true });
    expect(relation.kind === 'near' && relation.qpv.commune).toBe('Toulouse');
  });
});
