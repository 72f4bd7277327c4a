import { describe, expect, it } from 'vitest';
import { testPole } from '../data/test-pole';
import type { Epci, TerritoiresData } from '../data/territories';
import {
  francePopulation,
  poleOnTerritory,
  profileFigures,
  qpvOnTerritory,
  ratio,
  resolveTerritory,
  type Territory,
} from './territory-profile';
import { territoriesOfPole } from './pole-territories';

const data: TerritoiresData = {
  regions: [
    { code: '27', nom: 'Bourgogne-Franche-Comté' },
    { code: '11', nom: 'Île-de-France' },
  ],
  departements: [
    { code: '21', nom: "Côte-d'Or", region: '27', population: 500 },
    { code: '25', nom: 'Doubs', region: '27', population: 300 },
    { code: '75', nom: 'Paris', region: '11', population: 2000 },
  ],
};
const dijon: Epci = {
  siren: '242100410',
  nom: 'Dijon Métropole',
  type: 'METRO',
  population: 250,
  departements: ['21'],
  communes: new Set(['21231', '21054']),
};
const found = (t: ReturnType<typeof resolveTerritory>): Territory => {
  if (t.state !== 'found') throw new Error(t.state);
  return t.territory;
};
const reg = found(resolveTerritory({ kind: 'reg', code: '27' }, data, null));
const dep = found(resolveTerritory({ kind: 'dep', code: '21' }, data, null));
const epci = found(resolveTerritory({ kind: 'epci', code: '242100410' }, data, [dijon]));

describe('resolveTerritory', () => {
  it('sums a région’s population from its départements', () => {
    expect(reg).toMatchObject({ nom: 'Bourgogne-Franche-Comté', population: 800 });
    expect(reg.departements).toEqual(['21', '25']);
    expect(dep).toMatchObject({ population: 500, regionNom: 'Bourgogne-Franche-Comté' });
    expect(epci).toMatchObject({ population: 250, epciType: 'METRO' });
    expect(francePopulation(data)).toBe(2800);
  });

  it('says when a code names nothing, or when the EPCI file is missing', () => {
    expect(resolveTerritory({ kind: 'dep', code: '99' }, data, null).state).toBe('unknown');
    expect(resolveTerritory({ kind: 'epci', code: '200000000' }, data, [dijon]).state).toBe(
      'unknown',
    );
    expect(resolveTerritory({ kind: 'epci', code: '242100410' }, data, null).state).toBe('no-epci');
  });

  it('leaves a population unknown when one of its départements is', () => {
    const partial = { ...data, departements: [{ ...data.departements[0]!, population: null }] };
    expect(found(resolveTerritory({ kind: 'reg', code: '27' }, partial, null)).population).toBe(
      null,
    );
  });
});

describe('the counting rules', () => {
  const atCommune = testPole('a', {
    codeInsee: '21231',
    departement: '21',
    region: 'Bourgogne-Franche-Comté',
    precision: 'quartier',
    lat: 47,
    lon: 5,
  });
  const byDep = testPole('b', {
    departement: '21',
    region: 'Bourgogne-Franche-Comté',
    precision: 'departement',
  });
  const byDepWithCode = testPole('b2', { ...byDep, codeInsee: '21231' });
  const byRegion = testPole('c', { region: 'Île-de-France', precision: 'inconnue' });
  const elsewhere = testPole('d', { codeInsee: '25056', departement: '25', precision: 'commune' });

  it('a pole at a commune counts for its EPCI, département and région', () => {
    expect([epci, dep, reg].map((t) => poleOnTerritory(atCommune, t))).toEqual([true, true, true]);
  });

  it('a pole known by its département counts for it and its région, not for an EPCI', () => {
    expect([epci, dep, reg].map((t) => poleOnTerritory(byDep, t))).toEqual([false, true, true]);
    expect(poleOnTerritory(byDepWithCode, epci)).toBe(false);
  });

  it('a pole known only by its région counts for the région alone, whatever the accents', () => {
    const idf = found(resolveTerritory({ kind: 'reg', code: '11' }, data, null));
    expect(poleOnTerritory(byRegion, idf)).toBe(true);
    expect(poleOnTerritory(testPole('e', { region: 'ile de france' }), idf)).toBe(true);
    expect(poleOnTerritory(byRegion, dep)).toBe(false);
  });

  it('a pole elsewhere counts for its own territories only', () => {
    expect([epci, dep, reg].map((t) => poleOnTerritory(elsewhere, t))).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('lists the territories of a pole by the same rules', () => {
    const names = (p: typeof atCommune) =>
      territoriesOfPole(p, data, [dijon]).map((t) => `${t.ref.kind}-${t.ref.code}`);
    expect(names(atCommune)).toEqual(['epci-242100410', 'dep-21', 'reg-27']);
    expect(names(byDep)).toEqual(['dep-21', 'reg-27']);
    expect(names(byRegion)).toEqual(['reg-11']);
    expect(territoriesOfPole(atCommune, data, null).map((t) => t.ref.kind)).toEqual(['dep', 'reg']);
  });

  it('places a QPV by its communes for an EPCI, by its département otherwise', () => {
    const q = { departement: '21', insee: ['21231'] };
    expect([epci, dep, reg].map((t) => qpvOnTerritory(q, t))).toEqual([true, true, true]);
    const q2 = { departement: '21', insee: ['21617'] };
    expect([epci, dep].map((t) => qpvOnTerritory(q2, t))).toEqual([false, true]);
  });
});

describe('figures', () => {
  it('ratios keep their terms and are null without a denominator', () => {
    expect(ratio(3, 600_000, 100_000)).toEqual({ numerator: 3, denominator: 600_000, value: 0.5 });
    expect(ratio(1, 0).value).toBeNull();
    expect(ratio(1, null).value).toBeNull();
  });

  it('compares the territory with France', () => {
    const here = [testPole('a'), testPole('b')];
    const all = [...here, testPole('c'), testPole('d')];
    const categories = new Map([
      ['a', 'in' as const],
      ['b', 'farther' as const],
      ['c', 'within1km' as const],
      ['d', 'unknown' as const],
    ]);
    const f = profileFigures({
      territoryPoles: here,
      francePoles: all,
      territoryPopulation: 200_000,
      francePopulation: 1_000_000,
      territoryQpv: 4,
      franceQpv: 10,
      categories,
    });
    expect(f.polesPer100k.territory.value).toBe(1);
    expect(f.polesPer100k.france.value).toBeCloseTo(0.4);
    expect(f.qpvPer100k.territory.value).toBe(2);
    expect(f.nearQpvShare.territory).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    // 'unknown' is left out of the base.
    expect(f.nearQpvShare.france).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
  });
});
