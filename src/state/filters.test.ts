import { describe, expect, it } from 'vitest';
import type { Pole } from '../data/types';
import {
  DEFAULT_FILTERS,
  NO_SECTOR,
  countByAppel,
  countBySector,
  filterPoles,
  toggleIn,
} from './filters';

function pole(id: string, over: Partial<Pole> = {}): Pole {
  return {
    id,
    nom: id,
    appel: 'AAP1-2014',
    statutConfirme: true,
    commune: '',
    codeInsee: '',
    departement: '',
    region: '',
    quartier: '',
    codeQpv: '',
    adresse: '',
    secteurs: [],
    porteur: '',
    creation: null,
    siteWeb: '',
    membres: '',
    description: '',
    lat: null,
    lon: null,
    precision: 'inconnue',
    noteLocalisation: '',
    membreAssociation: false,
    fiabilite: 'haute',
    sources: ['https://example.org/'],
    ...over,
  };
}

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
        filterPoles(poles, { hiddenSectors: ['numerique'], hiddenAppels: [], onlyMembres: true }),
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

describe('toggleIn', () => {
  it('adds and removes without duplicates', () => {
    expect(toggleIn(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleIn(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggleIn(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});
