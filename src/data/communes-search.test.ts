import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCommunes, searchCommunes } from './communes-search';

const centres = `insee,dept,lon,lat,name
42218,42,4.38720,45.43420,Saint-Étienne
76565,76,1.07300,49.40560,Saint-Étienne-du-Rouvray
37261,37,0.69620,47.39870,Tours
37214,37,0.69000,47.37000,Saint-Pierre-des-Corps
99999,99,,,Sans centre
`;
const postcodes = `insee,cp,cps_alt
42218,42000,42100
76565,76800,
37261,37000,37100|37200
37214,37700,
`;
const communes = parseCommunes(centres, postcodes);
const names = (q: string) => searchCommunes(communes, q).map((h) => h.commune.name);

describe('parseCommunes', () => {
  it('joins centres and postcodes and leaves out rows without a centre', () => {
    expect(communes).toHaveLength(4);
    expect(communes[2]).toMatchObject({
      insee: '37261',
      dept: '37',
      name: 'Tours',
      lat: 47.3987,
      lon: 0.6962,
      postcodes: ['37000', '37100', '37200'],
    });
  });
});

describe('searchCommunes', () => {
  it('finds a commune by name without accents, exact name first', () => {
    expect(names('saint-etienne')).toEqual(['Saint-Étienne', 'Saint-Étienne-du-Rouvray']);
    expect(names('SAINT ÉTIENNE DU')).toEqual(['Saint-Étienne-du-Rouvray']);
    expect(names('tours')).toEqual(['Tours']);
  });

  it('finds a commune by a main or secondary postcode, exact first', () => {
    expect(searchCommunes(communes, '37000')).toEqual([
      { commune: communes[2], postcode: '37000' },
    ]);
    expect(searchCommunes(communes, '37200')[0]?.commune.name).toBe('Tours');
    expect(names('37')).toEqual(['Tours', 'Saint-Pierre-des-Corps']);
  });

  it('needs two letters and ignores an unmatched query', () => {
    expect(names('s')).toEqual([]);
    expect(names('zz')).toEqual([]);
    expect(names('')).toEqual([]);
  });

  it('works on the shipped files', () => {
    const all = parseCommunes(
      readFileSync('public/data/communes-centres.csv', 'utf8'),
      readFileSync('public/data/communes-codes-postaux.csv', 'utf8'),
    );
    expect(all.length).toBeGreaterThan(34000);
    expect(searchCommunes(all, 'saint-etienne')[0]?.commune).toMatchObject({
      name: 'Saint-Étienne',
      dept: '42',
    });
    expect(searchCommunes(all, '37000')[0]?.commune.name).toBe('Tours');
  });
});
