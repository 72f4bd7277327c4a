import { describe, expect, it } from 'vitest';
import { testPole as pole } from '../data/test-pole';
import type { Pole } from '../data/types';
import {
  DEFAULT_FILTERS,
  NO_SECTOR,
  countByQpvRelation,
  countByWave,
  countBySector,
  filterPoles,
  toggleIn,
  waveYearsOf,
} from './filters';
import { testWave } from '../data/test-wave';

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
  it('counts by wave among the poles that pass the other filters, every wave listed', () => {
    const waves = [testWave('AAP1-2014', 2014), testWave('AAP2-2016', 2016)];
    expect(Object.fromEntries(countByWave(poles, waves, DEFAULT_FILTERS))).toEqual({
      'AAP1-2014': 2,
      'AAP2-2016': 2,
    });
    const hidden = { ...DEFAULT_FILTERS, hiddenAppels: ['AAP2-2016'], onlyMembres: true };
    expect(Object.fromEntries(countByWave(poles, waves, hidden))).toEqual({
      'AAP1-2014': 1,
      'AAP2-2016': 1,
    });
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
      ids(
        filterPoles(poles, { ...f, hiddenQpvRelations: [...f.hiddenQpvRelations] }, { categories }),
      ),
    ).toEqual(['a', 'b']);
    const onlyUnknown = {
      ...DEFAULT_FILTERS,
      hiddenQpvRelations: ['in' as const, 'within1km' as const, 'farther' as const],
    };
    expect(ids(filterPoles(poles, onlyUnknown, { categories }))).toEqual(['d']);
    // Without any analysis, every pole is unknown.
    expect(ids(filterPoles(poles, onlyUnknown))).toEqual(['a', 'b', 'c', 'd']);
    expect(
      ids(filterPoles(poles, { ...DEFAULT_FILTERS, hiddenQpvRelations: ['unknown'] })),
    ).toEqual([]);
  });

  it('combines with the other filters, and the other counts follow it', () => {
    const f = { ...DEFAULT_FILTERS, hiddenQpvRelations: ['in' as const], onlyMembres: true };
    expect(ids(filterPoles(poles, f, { categories }))).toEqual(['b', 'd']);
    expect(Object.fromEntries(countBySector(poles, f, { categories }))).toEqual({
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
    expect(Object.fromEntries(countByQpvRelation(poles, f, { categories }))).toEqual({
      in: 1,
      within1km: 1,
      farther: 0,
      unknown: 0,
    });
  });
});

describe('the year', () => {
  const waves = [
    testWave('AAP1-2014', 2014),
    testWave('AAP2-2016', 2016),
    testWave('AMI-2027', 2027),
  ];
  const waveYears = waveYearsOf(waves);
  const more = [...poles, pole('e', { appel: 'AMI-2027', secteurs: ['culture'] })];

  it('shows the poles of the waves announced by the end of the year, and no later one', () => {
    expect(ids(filterPoles(more, { ...DEFAULT_FILTERS, year: 2015 }, { waveYears }))).toEqual([
      'a',
      'b',
    ]);
    expect(ids(filterPoles(more, { ...DEFAULT_FILTERS, year: 2016 }, { waveYears }))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(ids(filterPoles(more, { ...DEFAULT_FILTERS, year: 2027 }, { waveYears }))).toHaveLength(
      5,
    );
    expect(ids(filterPoles(more, DEFAULT_FILTERS, { waveYears }))).toHaveLength(5);
  });

  it('keeps a pole whose wave has no known year (appels.csv unreadable)', () => {
    expect(ids(filterPoles(more, { ...DEFAULT_FILTERS, year: 2014 }))).toHaveLength(5);
  });

  it('makes every count follow it, the wave counts included', () => {
    const f = { ...DEFAULT_FILTERS, year: 2014 };
    expect(Object.fromEntries(countByWave(more, waves, f, { waveYears }))).toEqual({
      'AAP1-2014': 2,
      'AAP2-2016': 0,
      'AMI-2027': 0,
    });
    expect(Object.fromEntries(countBySector(more, f, { waveYears }))).toEqual({
      culture: 2,
      numerique: 1,
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
