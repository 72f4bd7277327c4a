import { describe, expect, it } from 'vitest';
import { testPole as pole } from '../data/test-pole';
import type { Pole } from '../data/types';
import {
  DEFAULT_FILTERS,
  NO_SECTOR,
  countByAppel,
  countByQpvRelation,
  countBySector,
  filterPoles,
  toggleIn,
} from './filters';

const poles = [
  pole('a', { secteurs: ['culture'] }),
  pole('b', { secteurs: ['culture', 'numerique'], membreAssociation: true }),
  pole('c', { secteurs: [], appel: 'AAP2-2016' }),
  pole('d', { secteurs: ['numerique'], appel: 'AAP2-2016', membreAssociation: true }),
];
const ids = (ps: Pole[]) => ps.map((p) => p.id);

describe('filterPoles', () => {
  it('shows everything by default', () => {
    expect(ids(filterPoles(poles, DEFAULT_FILTERS))).toEqual(['a', 'b', 'c', 'd']);
  });
  it('hides a pole only when all its sectors are unchecked', () => {
    const f = { ...DEFAULT_FILTERS, hiddenSectors: ['culture'] };
    expect(ids(filterPoles(poles, f))).toEqual(['b', 'c', 'd']);
    const g = { ...DEFAULT_FILTERS, hiddenSectors: ['culture', 'numerique'] };
    expect(ids(filterPoles(poles, g))).toEqual(['c']);
  });
  it('treats poles without sector as the "non renseigné" entry', () => {
    const f = { ...DEFAULT_FILTERS, hiddenSectors: [NO_SECTOR] };
    expect(ids(filterPoles(poles, f))).toEqual(['a', 'b', 'd']);
  });
  it('filters by call and by membership, combined with sectors', () => {
    expect(ids(filterPoles(poles, { ...DEFAULT_FILTERS, hiddenAppels: ['AAP1-2014'] }))).toEqual([
      'c',
      'd',
    ]);
    expect(ids(filterPoles(poles, { ...DEFAULT_FILTERS, onlyMembres: true }))).toEqual(['b', 'd']);
    expect(
      ids(
        filterPoles(poles, { ...DEFAULT_FILTERS, hiddenSectors: ['numerique'], onlyMembres: true }),
      ),
    ).toEqual(['b']);
  });
});

describe('counts', () => {
  it('counts each sector of a pole, and follows the other filters', () => {
    const all = countBySector(poles, DEFAULT_FILTERS);
    expect(Object.fromEntries(all)).toEqual({ culture: 2, numerique: 2, [NO_SECTOR]: 1 });
    const members = countBySector(poles, { ...DEFAULT_FILTERS, onlyMembres: true });
    expect(Object.fromEntries(members)).toEqual({ culture: 1, numerique: 2 });
    // Sector filters do not change the sector counts themselves.
    const hidden = countBySector(poles, { ...DEFAULT_FILTERS, hiddenSectors: ['culture'] });
    expect(hidden.get('culture')).toBe(2);
  });
  it('counts by call', () => {
    expect(Object.fromEntries(countByAppel(poles))).toEqual({ 'AAP1-2014': 2, 'AAP2-2016': 2 });
  });
});

describe('the QPV relation filter', () => {
  const categories = new Map([
    ['a', 'in'],
    ['b', 'within1km'],
    ['c', 'farther'],
  ] as const);

  it('hides the unchecked relations, and counts unanalysed poles as unknown', () => {
    const f = { ...DEFAULT_FILTERS, hiddenQpvRelations: ['farther', 'unknown'] as const };
    expect(
      ids(filterPoles(poles, { ...f, hiddenQpvRelations: [...f.hiddenQpvRelations] }, categories)),
    ).toEqual(['a', 'b']);
    const onlyUnknown = {
      ...DEFAULT_FILTERS,
      hiddenQpvRelations: ['in' as const, 'within1km' as const, 'farther' as const],
    };
    expect(ids(filterPoles(poles, onlyUnknown, categories))).toEqual(['d']);
    // Without any analysis, every pole is unknown.
    expect(ids(filterPoles(poles, onlyUnknown))).toEqual(['a', 'b', 'c', 'd']);
    expect(
      ids(filterPoles(poles, { ...DEFAULT_FILTERS, hiddenQpvRelations: ['unknown'] })),
    ).toEqual([]);
  });

  it('combines with the other filters, and the other counts follow it', () => {
    const f = { ...DEFAULT_FILTERS, hiddenQpvRelations: ['in' as const], onlyMembres: true };
    expect(ids(filterPoles(poles, f, categories))).toEqual(['b', 'd']);
    expect(Object.fromEntries(countBySector(poles, f, categories))).toEqual({
      culture: 1,
      numerique: 2,
    });
  });

  it('counts every relation among the poles that pass the other filters, whatever it hides', () => {
    const f = {
      ...DEFAULT_FILTERS,
      hiddenQpvRelations: ['in' as const],
      hiddenAppels: ['AAP2-2016' as const],
    };
    expect(Object.fromEntries(countByQpvRelation(poles, f, categories))).toEqual({
      in: 1,
      within1km: 1,
      farther: 0,
      unknown: 0,
    });
  });
});

describe('toggleIn', () => {
  it('adds and removes without duplicates', () => {
    expect(toggleIn(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleIn(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggleIn(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});
