import { describe, expect, it } from 'vitest';
import { testPole } from '../data/test-pole';
import type { Pole } from '../data/types';
import type { QpvFilterCategory } from './qpv-relation';
import { NONE_KEY, countByAppel, countByQpvCategory, countByRegion, countBySector } from './stats';

const pole = (id: string, over: Partial<Pole> = {}) =>
  testPole(id, { region: 'Occitanie', ...over });

const poles: Pole[] = [
  pole('a', { secteurs: ['culture'], region: 'Île-de-France' }),
  pole('b', { secteurs: ['numerique', 'accompagnement'], region: 'Bretagne' }),
  pole('c', { secteurs: ['accompagnement', 'culture'], region: 'Île-de-France' }),
  pole('d', { secteurs: [], region: '', appel: 'AAP2-2016' }),
  pole('e', { secteurs: ['culture', 'culture'], region: 'Auvergne-Rhône-Alpes' }),
];

describe('countBySector', () => {
  it('counts a pole in each of its sectors, once each, and puts poles without one under none', () => {
    expect(countBySector(poles)).toEqual([
      { key: 'culture', count: 3 },
      { key: 'accompagnement', count: 2 },
      { key: 'numerique', count: 1 },
      { key: NONE_KEY, count: 1 },
    ]);
  });

  it('keeps the none bucket last even when it is the largest', () => {
    const many = [pole('x'), pole('y'), pole('z', { secteurs: ['culture'] })];
    expect(countBySector(many).map((e) => e.key)).toEqual(['culture', NONE_KEY]);
  });

  it('returns nothing for no poles', () => {
    expect(countBySector([])).toEqual([]);
  });
});

describe('countByRegion', () => {
  it('sorts by count, then by name with French collation', () => {
    expect(countByRegion(poles)).toEqual([
      { key: 'Île-de-France', count: 2 },
      { key: 'Auvergne-Rhône-Alpes', count: 1 },
      { key: 'Bretagne', count: 1 },
      { key: NONE_KEY, count: 1 },
    ]);
  });
});

describe('countByAppel', () => {
  it('lists both calls chronologically, zeros included', () => {
    expect(countByAppel(poles)).toEqual([
      { key: 'AAP1-2014', count: 4 },
      { key: 'AAP2-2016', count: 1 },
    ]);
    expect(countByAppel([])).toEqual([
      { key: 'AAP1-2014', count: 0 },
      { key: 'AAP2-2016', count: 0 },
    ]);
  });
});

describe('countByQpvCategory', () => {
  it('lists every category in order and counts unanalysed poles as unknown', () => {
    const categories = new Map<string, QpvFilterCategory>([
      ['a', 'in'],
      ['b', 'farther'],
      ['c', 'in'],
      ['d', 'unknown'],
    ]);
    expect(countByQpvCategory(poles, categories)).toEqual([
      { key: 'in', count: 2 },
      { key: 'within1km', count: 0 },
      { key: 'farther', count: 1 },
      { key: 'unknown', count: 2 },
    ]);
  });

  it('adds up to the number of poles', () => {
    const total = countByQpvCategory(poles, new Map()).reduce((s, e) => s + e.count, 0);
    expect(total).toBe(poles.length);
  });
});
