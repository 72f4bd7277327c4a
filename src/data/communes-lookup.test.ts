import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createCommuneLookup,
  foldName,
  parseCommuneCentres,
  parsePostcodes,
} from './communes-lookup';

const centres = parseCommuneCentres(readFileSync('public/data/communes-centres.csv', 'utf8'));
const postcodes = parsePostcodes(readFileSync('public/data/communes-codes-postaux.csv', 'utf8'));
const lookup = createCommuneLookup(centres, postcodes);

describe('the commune lookup on the shipped tables', () => {
  it('reads every commune centre', () => {
    expect(centres.length).toBe(35014);
    expect(lookup.byInsee('21231')).toEqual({
      insee: '21231',
      dept: '21',
      nom: 'Dijon',
      lon: 5.0322,
      lat: 47.3319,
    });
    expect(lookup.byInsee('2a004')?.nom).toBe('Ajaccio');
  });

  it('finds communes by postcode, alternative postcodes included', () => {
    expect(lookup.byPostcode('21000').map((c) => c.nom)).toEqual(['Dijon']);
    expect(lookup.byPostcode('75018').map((c) => c.insee)).toEqual(['75056']);
    expect(lookup.byPostcode('00000')).toEqual([]);
  });

  it('finds names whatever the case, accents and hyphens, homonyms included', () => {
    expect(lookup.byName('saint etienne').map((c) => c.insee)).toContain('42218');
    expect(lookup.byName('SAINT-DENIS').map((c) => c.insee)).toEqual(
      expect.arrayContaining(['93066', '97411']),
    );
    expect(lookup.byPrefix('Clermont-Fer', 5).map((c) => c.insee)).toContain('63113');
    expect(lookup.byPrefix('', 5)).toEqual([]);
  });

  it('skips unusable rows', () => {
    const got = parseCommuneCentres(
      'insee,dept,lon,lat,name\n21231,21,5.03,47.33,Dijon\nxx,21,1,2,Bad\n21232,21,,47,NoCentre\n',
    );
    expect(got.map((c) => c.insee)).toEqual(['21231']);
    expect(foldName("L'Île-Saint-Denis")).toBe('l ile saint denis');
  });
});
