import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  expandCommunes,
  parseEpci,
  parseTerritoires,
  parseTerritoryCode,
  territoryCode,
} from './territories';

const shipped = (file: string): unknown => JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));

describe('territory codes', () => {
  it('reads the three kinds and writes them back', () => {
    expect(parseTerritoryCode('dep-21')).toEqual({ kind: 'dep', code: '21' });
    expect(parseTerritoryCode('dep-2a')).toEqual({ kind: 'dep', code: '2A' });
    expect(parseTerritoryCode('dep-974')).toEqual({ kind: 'dep', code: '974' });
    expect(parseTerritoryCode('reg-27')).toEqual({ kind: 'reg', code: '27' });
    expect(parseTerritoryCode('epci-242100410')).toEqual({ kind: 'epci', code: '242100410' });
    expect(territoryCode({ kind: 'epci', code: '242100410' })).toBe('epci-242100410');
  });

  it('refuses what is not one of them', () => {
    for (const raw of ['', 'dep', 'dep-1', 'dep-123', 'reg-2A', 'epci-24210041', 'x-21', '21']) {
      expect(parseTerritoryCode(raw)).toBeNull();
    }
  });
});

describe('the shipped territory files', () => {
  it('territoires.json: 18 régions, 101 départements, each with a population', () => {
    const data = parseTerritoires(shipped('territoires.json'));
    expect(data.regions).toHaveLength(18);
    expect(data.departements).toHaveLength(101);
    expect(data.departements.every((d) => d.population !== null && d.population > 0)).toBe(true);
    expect(data.departements.find((d) => d.code === '21')).toMatchObject({
      nom: 'Côte-d’Or'.replace('’', "'"),
      region: '27',
    });
  });

  it('a département’s population is the sum of its shipped commune file', () => {
    const data = parseTerritoires(shipped('territoires.json'));
    const fc = shipped('communes/communes-21.geojson') as {
      features: { properties: { population: number | null } }[];
    };
    const sum = fc.features.reduce((n, f) => n + (f.properties.population ?? 0), 0);
    expect(data.departements.find((d) => d.code === '21')?.population).toBe(sum);
  });

  it('epci.json: 1,255 intercommunalities, Dijon Métropole with its 23 communes', () => {
    const epci = parseEpci(shipped('epci.json'));
    expect(epci).toHaveLength(1255);
    const dijon = epci.find((e) => e.siren === '242100410')!;
    expect(dijon.nom).toBe('Dijon Métropole');
    expect(dijon.type).toBe('METRO');
    expect(dijon.departements).toEqual(['21']);
    expect(dijon.communes.has('21231')).toBe(true);
    expect(dijon.communes.size).toBeGreaterThanOrEqual(23);
    expect(epci.find((e) => e.siren === '200093201')?.nom).toBe('Métropole Européenne de Lille');
  });
});

describe('parseEpci', () => {
  it('expands codes that lack their département’s prefix', () => {
    expect([...expandCommunes('231 054 25056', '21')]).toEqual(['21231', '21054', '25056']);
    expect([...expandCommunes('01 02', '971')]).toEqual(['97101', '97102']);
  });

  it('leaves out a malformed row and refuses a file with none left', () => {
    const good = ['242100410', 'Dijon Métropole', 'METRO', 10, ['21'], '231'];
    expect(
      parseEpci({ epci: [good, ['x'], [...good.slice(0, 2), 'SIVOM', 1, ['21'], '']] }),
    ).toHaveLength(1);
    expect(() => parseEpci({ epci: [['x']] })).toThrow();
    expect(() => parseEpci('<html>')).toThrow();
  });
});
