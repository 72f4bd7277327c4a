import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildCommuneIndex,
  buildCommuneIndexInSlices,
  communeNameKey,
  deptFromPostcode,
  normalizeDept,
  normalizeInsee,
  normalizePostcode,
} from './communes';

const read = (file: string) =>
  readFileSync(new URL(`../../public/data/${file}`, import.meta.url), 'utf8');
const centres = read('communes-centres.csv');
const postcodes = read('communes-codes-postaux.csv');
const index = buildCommuneIndex(centres, postcodes);

describe('buildCommuneIndex', () => {
  it('indexes every commune and arrondissement', () => {
    expect(index.size).toBe(35014);
  });

  it('parses quoted CSV too', () => {
    const small = buildCommuneIndex(
      'insee,dept,lon,lat,name\n"01001",01,4.9306,46.1517,"L\'Abergement, Clémenciat"\n',
      'insee,cp,cps_alt\n01001,01400,01401 01402\n',
    );
    expect(small.byInsee('01001')).toMatchObject({
      name: "L'Abergement, Clémenciat",
      postcode: '01400',
      altPostcodes: ['01401', '01402'],
    });
  });

  it('refuses a file without the expected columns', () => {
    expect(() => buildCommuneIndex('code,nom\n', postcodes)).toThrow(/insee/);
  });
});

describe('buildCommuneIndexInSlices', () => {
  it('builds the same index, pausing between slices of the given length', async () => {
    let clock = 0;
    let pauses = 0;
    // Each reading of the clock is one ms later: a slice of 5 ms is a few steps.
    const sliced = await buildCommuneIndexInSlices(centres, postcodes, {
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
      sliceMs: 5,
      now: () => clock++,
    });
    expect(pauses).toBeGreaterThan(10);
    expect(sliced.size).toBe(index.size);
    expect(sliced.byInsee('2a004')).toEqual(index.byInsee('2a004'));
    expect(sliced.search('saint-et', 5)).toEqual(index.search('saint-et', 5));
    expect(sliced.byPostcode('75011')).toEqual(index.byPostcode('75011'));
  });

  it('lets other work run between slices', async () => {
    const order: string[] = [];
    let clock = 0;
    const built = buildCommuneIndexInSlices(centres, postcodes, {
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
      sliceMs: 1,
      now: () => clock++,
    }).then(() => order.push('index'));
    setTimeout(() => order.push('other task'), 0);
    await built;
    expect(order).toEqual(['other task', 'index']);
  });

  it('fails as the one-piece build does', async () => {
    await expect(
      buildCommuneIndexInSlices('code,nom\n', postcodes, { pause: () => Promise.resolve() }),
    ).rejects.toThrow(/insee/);
  });
});

describe('byInsee / byPostcode', () => {
  it('finds by INSEE code, leading zero lost or not', () => {
    expect(index.byInsee('01001')?.name).toBe("L'Abergement-Clémenciat");
    expect(index.byInsee('1001')?.insee).toBe('01001');
    expect(index.byInsee('2a004')?.name).toBe('Ajaccio');
    expect(index.byInsee('99999')).toBeUndefined();
    expect(index.byInsee('nope')).toBeUndefined();
  });

  it('finds by main and alternative postcode, main first', () => {
    expect(index.byPostcode('21000').map((c) => c.name)).toEqual(['Dijon']);
    expect(index.byPostcode('37100').map((c) => c.name)).toContain('Tours');
    expect(index.byPostcode('51300').length).toBeGreaterThan(40);
  });

  it('gives arrondissements their postcode', () => {
    expect(index.byPostcode('75011').map((c) => c.insee)).toEqual(['75111']);
    expect(index.byPostcode('69003')[0]?.name).toBe('Lyon 3e Arrondissement');
    expect(index.byPostcode('13005')[0]?.insee).toBe('13205');
    expect(index.byPostcode('75116')[0]?.insee).toBe('75116');
  });
});

describe('byName', () => {
  it('ignores accents, case, hyphens, apostrophes and Saint/St', () => {
    for (const n of [
      'Saint-Étienne',
      'saint etienne',
      'ST ETIENNE',
      'St-Étienne',
      'Saint Etienne',
    ]) {
      expect(index.byName(n)).toMatchObject({ status: 'found', commune: { insee: '42218' } });
    }
    expect(index.byName('l abergement clemenciat')).toMatchObject({
      status: 'found',
      commune: { insee: '01001' },
    });
    expect(index.byName('Ste-Foy-lès-Lyon')).toMatchObject({
      status: 'found',
      commune: { dept: '69' },
    });
  });

  it('reads "Mureaux (Les)", a missing article, CEDEX and arrondissements', () => {
    expect(index.byName('Mureaux (Les)')).toMatchObject({ commune: { name: 'Les Mureaux' } });
    expect(index.byName('Mureaux')).toMatchObject({ commune: { name: 'Les Mureaux' } });
    expect(index.byName('LYON CEDEX 03')).toMatchObject({ commune: { insee: '69123' } });
    expect(index.byName('Paris 11e')).toMatchObject({ commune: { insee: '75111' } });
    expect(index.byName('Marseille 1er arrondissement')).toMatchObject({
      commune: { insee: '13201' },
    });
  });

  it('reports ambiguity, and resolves it with a département or postcode', () => {
    const r = index.byName('Saint-Denis');
    expect(r.status).toBe('ambiguous');
    expect(r.status === 'ambiguous' && r.candidates.map((c) => c.dept)).toEqual([
      '11',
      '30',
      '93',
      '974',
    ]);
    expect(index.byName('Saint-Denis', { dept: '93' })).toMatchObject({
      commune: { insee: '93066' },
    });
    expect(index.byName('Saint-Denis', { postcode: '97400' })).toMatchObject({
      commune: { insee: '97411' },
    });
    // A postcode of the right département but not of the commune still helps.
    expect(index.byName('Saint-Denis', { postcode: '93999' })).toMatchObject({
      commune: { insee: '93066' },
    });
    expect(index.byName('Saint-Denis', { dept: '01' }).status).toBe('ambiguous');
  });

  it('uses the postcode to pick an arrondissement', () => {
    expect(index.byName('Paris', { postcode: '75011' })).toMatchObject({
      commune: { insee: '75111' },
    });
    expect(index.byName('Paris')).toMatchObject({ commune: { insee: '75056' } });
  });

  it('says not_found', () => {
    expect(index.byName('Atlantis')).toEqual({ status: 'not_found' });
    expect(index.byName('  ')).toEqual({ status: 'not_found' });
  });
});

describe('search', () => {
  it('completes names, exact and shortest first', () => {
    expect(index.search('lyon', 3).map((c) => c.name)).toEqual([
      'Lyon',
      'Lyon 1er Arrondissement',
      'Lyon 2e Arrondissement',
    ]);
    expect(index.search('saint-ét', 2).map((c) => c.name)).toEqual([
      'Saint-Étienne',
      'Saint-Étienne-à-Arnes',
    ]);
  });
  it('matches the start of a later word', () => {
    expect(index.search('grésilles', 50).length).toBe(0);
    expect(index.search('etienne', 50).map((c) => c.insee)).toContain('42218');
  });
  it('completes postcodes and INSEE codes', () => {
    const r = index.search('2100', 5);
    expect(r.length).toBe(5);
    expect(r.every((c) => c.postcode.startsWith('2100') || c.insee.startsWith('2100'))).toBe(true);
    expect(index.search('75011', 5).map((c) => c.insee)).toEqual(['75056', '75111']);
    expect(index.search('2A004', 1)[0]?.name).toBe('Ajaccio');
  });
  it('respects the limit and empty queries', () => {
    expect(index.search('sa', 7)).toHaveLength(7);
    expect(index.search('', 7)).toEqual([]);
    expect(index.search('lyon', 0)).toEqual([]);
  });
});

describe('code helpers', () => {
  it('normalise codes', () => {
    expect(normalizeInsee(' 2b033 ')).toBe('2B033');
    expect(normalizeInsee('123')).toBeNull();
    expect(normalizePostcode('F-75011')).toBe('75011');
    expect(normalizePostcode('75 011')).toBe('75011');
    expect(normalizePostcode('1400')).toBe('01400');
    expect(normalizePostcode('7501')).toBe('07501');
    expect(normalizePostcode('abc')).toBeNull();
    expect(normalizeDept('1')).toBe('01');
    expect(normalizeDept('2a')).toBe('2A');
    expect(normalizeDept('974')).toBe('974');
    expect(normalizeDept('69M')).toBe('69');
    expect(normalizeDept('Rhône')).toBeNull();
    expect(deptFromPostcode('20000')).toBe('2A');
    expect(deptFromPostcode('20200')).toBe('2B');
    expect(deptFromPostcode('97400')).toBe('974');
    expect(deptFromPostcode('69003')).toBe('69');
  });
  it('communeNameKey', () => {
    expect(communeNameKey("L'Haÿ-les-Roses")).toBe('l hay les roses');
    expect(communeNameKey('Paris 11ème')).toBe('paris 11');
    expect(communeNameKey('Sainte-Marie')).toBe('ste marie');
    expect(communeNameKey('Œuilly')).toBe('oeuilly');
  });
});
