import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEpci, parseTerritoires } from '../data/territories';
import { indexTerritories, searchTerritories } from './search-territories';

const shipped = (file: string): unknown => JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
const index = indexTerritories(
  parseTerritoires(shipped('territoires.json')),
  parseEpci(shipped('epci.json')),
);
const first = (q: string) => {
  const hit = searchTerritories(index, q)[0];
  return hit && `${hit.ref.kind}-${hit.ref.code} ${hit.nom}`;
};

describe('searchTerritories', () => {
  it('finds the examples of the issue, accent- and case-insensitive', () => {
    expect(first("Côte-d'Or")).toBe("dep-21 Côte-d'Or");
    expect(first('cote d or')).toBe("dep-21 Côte-d'Or");
    expect(first('21')).toBe("dep-21 Côte-d'Or");
    expect(first('hauts-de-france')).toBe('reg-32 Hauts-de-France');
    expect(first('Dijon Métropole')).toBe('epci-242100410 Dijon Métropole');
    expect(first('metropole europeenne de lille')).toBe(
      'epci-200093201 Métropole Européenne de Lille',
    );
    expect(first('2a')).toBe('dep-2A Corse-du-Sud');
  });

  it('lists régions before départements before intercommunalities at equal rank', () => {
    const kinds = searchTerritories(index, 'Corse', 6).map((h) => h.ref.kind);
    expect(kinds[0]).toBe('reg');
    expect(kinds.indexOf('dep')).toBeLessThan(Math.max(kinds.lastIndexOf('epci'), 99));
  });

  it('works without the EPCI file', () => {
    const small = indexTerritories(parseTerritoires(shipped('territoires.json')), null);
    expect(searchTerritories(small, 'Dijon')).toEqual([]);
    expect(searchTerritories(small, '')).toEqual([]);
  });
});
