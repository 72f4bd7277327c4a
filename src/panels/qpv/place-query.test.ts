import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCommuneIndex } from '../../data/communes';
import { resolvePlaceQuery } from './place-query';

const index = buildCommuneIndex(
  readFileSync('public/data/communes-centres.csv', 'utf8'),
  readFileSync('public/data/communes-codes-postaux.csv', 'utf8'),
);
const found = (query: string) => {
  const result = resolvePlaceQuery(index, query);
  return result.kind === 'found' ? result.commune.insee : result.kind;
};

describe('resolvePlaceQuery on the shipped commune tables', () => {
  it('finds a commune by INSEE code, Corsica included, and by postcode', () => {
    expect(found(' 21231 ')).toBe('21231');
    expect(found('2a004')).toBe('2A004');
    expect(found('21000')).toBe('21231');
    expect(found('21 000')).toBe('21231');
    // A Paris postcode is its arrondissement, more precise than the whole city.
    expect(found('75018')).toBe('75118');
  });

  it('asks when a code is both an INSEE code and another commune’s postcode', () => {
    const result = resolvePlaceQuery(index, '01400');
    expect(result.kind).toBe('choose');
    if (result.kind === 'choose') expect(result.communes[0]?.insee).toBe('01400');
  });

  it('finds a name whatever the case and accents, and asks between homonyms', () => {
    expect(found('DIJON')).toBe('21231');
    expect(found('saint etienne')).toBe('42218');
    const result = resolvePlaceQuery(index, 'Saint-Denis');
    expect(result.kind).toBe('choose');
    if (result.kind === 'choose') {
      expect(result.communes.map((c) => c.insee)).toEqual(
        expect.arrayContaining(['93066', '97411']),
      );
    }
  });

  it('falls back on the beginning of a name', () => {
    expect(found('Clermont-Ferr')).toBe('63113');
  });

  it('says when nothing matches or nothing was typed', () => {
    expect(resolvePlaceQuery(index, '   ')).toEqual({ kind: 'empty' });
    expect(resolvePlaceQuery(index, 'Atlantis')).toEqual({ kind: 'none' });
    expect(resolvePlaceQuery(index, '99999')).toEqual({ kind: 'none' });
  });
});
