import { describe, expect, it } from 'vitest';
import { resolvePlaceQuery, type CommuneFinder, type CommunePlace } from './place-query';

const c = (insee: string, nom: string, dept: string): CommunePlace => ({
  insee,
  nom,
  dept,
  lon: 0,
  lat: 0,
});
const dijon = c('21231', 'Dijon', '21');
const ajaccio = c('2A004', 'Ajaccio', '2A');
const bourg = c('01053', 'Bourg-en-Bresse', '01');
const saintDenis93 = c('93066', 'Saint-Denis', '93');
const saintDenis974 = c('97411', 'Saint-Denis', '974');
const all = [dijon, ajaccio, bourg, saintDenis93, saintDenis974];
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-'’\s]+/g, ' ')
    .toLowerCase();

const finder: CommuneFinder = {
  byInsee: (code) => all.find((x) => x.insee === code),
  byPostcode: (cp) => (cp === '21000' ? [dijon] : cp === '01000' ? [bourg] : []),
  byName: (name) => all.filter((x) => fold(x.nom) === fold(name)),
  byPrefix: (p, limit) => all.filter((x) => fold(x.nom).startsWith(fold(p))).slice(0, limit),
};

describe('resolvePlaceQuery', () => {
  it('finds a commune by INSEE code, Corsica included, and by postcode', () => {
    expect(resolvePlaceQuery(finder, ' 21231 ')).toEqual({ kind: 'found', commune: dijon });
    expect(resolvePlaceQuery(finder, '2a004')).toEqual({ kind: 'found', commune: ajaccio });
    expect(resolvePlaceQuery(finder, '21000')).toEqual({ kind: 'found', commune: dijon });
    expect(resolvePlaceQuery(finder, '21 000')).toEqual({ kind: 'found', commune: dijon });
  });

  it('finds a name whatever the case and accents, and asks when it is ambiguous', () => {
    expect(resolvePlaceQuery(finder, 'DIJON')).toEqual({ kind: 'found', commune: dijon });
    expect(resolvePlaceQuery(finder, 'bourg en bresse')).toEqual({ kind: 'found', commune: bourg });
    expect(resolvePlaceQuery(finder, 'saint-denis')).toEqual({
      kind: 'choose',
      communes: [saintDenis93, saintDenis974],
    });
  });

  it('falls back on the beginning of a name', () => {
    expect(resolvePlaceQuery(finder, 'Dij')).toEqual({ kind: 'found', commune: dijon });
    expect(resolvePlaceQuery(finder, 'Saint')).toMatchObject({ kind: 'choose' });
  });

  it('says when nothing matches or nothing was typed', () => {
    expect(resolvePlaceQuery(finder, '   ')).toEqual({ kind: 'empty' });
    expect(resolvePlaceQuery(finder, 'Atlantis')).toEqual({ kind: 'none' });
    expect(resolvePlaceQuery(finder, '99999')).toEqual({ kind: 'none' });
  });
});
