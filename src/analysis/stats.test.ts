import { describe, expect, it } from 'vitest';
import { testPole } from '../data/test-pole';
import type { Pole } from '../data/types';
import type { QpvFilterCategory } from './qpv-relation';
import { testWave } from '../data/test-wave';
import { NONE_KEY, countByQpvCategory, countByRegion, countBySector, countByWave } from './stats';

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

describe('countByWave', () => {
  it('lists every wave in the order given, zeros included, and nothing else', () => {
    const waves = [
      testWave('AAP1-2014', 2014),
      testWave('AAP2-2016', 2016),
      testWave('AMI-2030', 2030),
    ];
    expect(countByWave(poles, waves)).toEqual([
      { key: 'AAP1-2014', count: 4 },
      { key: 'AAP2-2016', count: 1 },
      { key: 'AMI-2030', count: 0 },
    ]);
    expect(countByWave(poles, waves.slice(1))).toEqual([
      { key: 'AAP2-2016', count: 1 },
      { key: 'AMI-2030', count: 0 },
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
