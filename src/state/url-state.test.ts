import fc from 'fast-check';
import { QPV_FILTER_CATEGORIES } from '../analysis/qpv-relation';
import { describe, expect, it } from 'vitest';
import { NO_SECTOR } from './filters';
import {
  DEFAULT_SNAPSHOT,
  URL_CODECS,
  applyPatch,
  decode,
  encode,
  pruneStale,
  type UrlSnapshot,
} from './url-state';

const snapshot = (patch: Partial<UrlSnapshot> = {}): UrlSnapshot => ({
  ...DEFAULT_SNAPSHOT,
  ...patch,
});

describe('encode', () => {
  it('leaves every default out, so the plain app has a plain address', () => {
    expect(encode(DEFAULT_SNAPSHOT)).toBe('');
  });

  it('writes short, readable parameters', () => {
    const s = snapshot({
      lang: 'en',
      selectedId: 'coopaxis',
      view: { zoom: 9, lat: 47.381194, lon: 0.698543 },
      filters: {
        hiddenSectors: ['culture', NO_SECTOR],
        hiddenAppels: ['AAP2-2016'],
        onlyMembres: true,
        hiddenQpvRelations: ['farther', 'unknown'],
        year: 2016,
      },
      qpvLayer: true,
      selectedQpv: 'QN02103M',
      hiddenLayerIds: ['layer-abc-12'],
    });
    expect(encode(s)).toBe(
      'lang=en&sel=coopaxis&sect=-culture,-aucun&appel=-AAP2-2016&annee=2016&membres=1&qpv=1&rel=-farther,-unknown&couches=-layer-abc-12&quartier=QN02103M&map=9/47.38119/0.69854',
    );
  });

  it('escapes what must be escaped in an id', () => {
    const q = encode(snapshot({ selectedId: 'a&b=c d' }));
    expect(new URLSearchParams(q).get('sel')).toBe('a&b=c d');
  });
});

describe('decode', () => {
  it('reads back what encode wrote', () => {
    const { patch, ignored } = decode(
      '?lang=en&embed=1&sel=coopaxis&sect=-culture,-aucun&appel=-2014&membres=1&map=9.5/47.38/0.7',
    );
    expect(ignored).toEqual([]);
    expect(patch).toEqual({
      lang: 'en',
      embed: true,
      selectedId: 'coopaxis',
      filters: {
        hiddenSectors: ['culture', NO_SECTOR],
        hiddenAppels: ['AAP1-2014'],
        onlyMembres: true,
      },
      view: { zoom: 9.5, lat: 47.38, lon: 0.7 },
    });
  });

  it('reads the links of the two-call days (appel=-2016) as the same waves, and new codes', () => {
    expect(decode('appel=-2016').patch).toEqual({ filters: { hiddenAppels: ['AAP2-2016'] } });
    expect(decode('appel=-2014,-AAP1-2014,-AMI-2021-P1').patch).toEqual({
      filters: { hiddenAppels: ['AAP1-2014', 'AMI-2021-P1'] },
    });
    expect(decode('annee=2019').patch).toEqual({ filters: { year: 2019 } });
  });

  it('accepts an empty query', () => {
    expect(decode('')).toEqual({ patch: {}, ignored: [] });
    expect(decode('?')).toEqual({ patch: {}, ignored: [] });
  });

  it.each([
    ['lang=de', 'lang'],
    ['lang=', 'lang'],
    ['embed=yes', 'embed'],
    ['sel=', 'sel'],
    ['sel=%20%20', 'sel'],
    ['sect=culture', 'sect'],
    ['sect=-', 'sect'],
    ['sect=-Culture', 'sect'],
    ['sect=-<script>', 'sect'],
    ['sect=', 'sect'],
    ['appel=2014', 'appel'],
    ['appel=-AMI 2021', 'appel'],
    ['appel=-', 'appel'],
    ['annee=16', 'annee'],
    ['annee=2016.5', 'annee'],
    ['annee=fin', 'annee'],
    ['membres=oui', 'membres'],
    ['map=9/47', 'map'],
    ['map=abc/1/2', 'map'],
    ['map=9/95/0', 'map'],
    ['map=9/45/200', 'map'],
    ['map=40/45/2', 'map'],
    ['map=1/45/2', 'map'],
    ['map=9/4e1/2', 'map'],
    ['map=NaN/1/2', 'map'],
    ['zoom=9', 'zoom'],
  ])('ignores %s and names %s', (query, name) => {
    const { patch, ignored } = decode(query);
    expect(ignored).toEqual([name]);
    expect(patch).toEqual({});
  });

  it('keeps the good parameters beside a bad one', () => {
    const { patch, ignored } = decode('lang=en&map=oops&sel=coopaxis&utm_source=x');
    expect(patch).toEqual({ lang: 'en', selectedId: 'coopaxis' });
    expect(ignored).toEqual(['map', 'utm_source']);
  });

  it('drops a repeated parameter rather than guessing', () => {
    const { patch, ignored } = decode('sel=a&sel=b&lang=en');
    expect(patch).toEqual({ lang: 'en' });
    expect(ignored).toEqual(['sel']);
  });

  it('deduplicates repeated values inside a list', () => {
    expect(decode('sect=-culture,-culture').patch).toEqual({
      filters: { hiddenSectors: ['culture'] },
    });
  });

  it('never throws and always returns a patch, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = decode(s);
        expect(Array.isArray(r.ignored)).toBe(true);
        expect(typeof r.patch).toBe('object');
      }),
    );
  });
});

const appels = ['AAP1-2014', 'AAP2-2016', 'AMI-2021-P1', 'AMI-2027'];
const sectorKey = fc.constantFrom('culture', 'numerique', 'artisanat-design', NO_SECTOR, 'x1');
const arbitrarySnapshot: fc.Arbitrary<UrlSnapshot> = fc.record({
  lang: fc.constantFrom('fr' as const, 'en' as const),
  embed: fc.boolean(),
  selectedId: fc.option(
    fc.string({ minLength: 1 }).filter((s) => s.trim() === s),
    {
      nil: null,
    },
  ),
  filters: fc.record({
    hiddenSectors: fc.uniqueArray(sectorKey),
    hiddenAppels: fc.uniqueArray(fc.constantFrom(...appels)),
    onlyMembres: fc.boolean(),
    hiddenQpvRelations: fc.uniqueArray(fc.constantFrom(...QPV_FILTER_CATEGORIES)),
    year: fc.option(fc.integer({ min: 2000, max: 2099 }), { nil: null }),
  }),
  qpvLayer: fc.boolean(),
  hiddenLayerIds: fc.uniqueArray(fc.constantFrom('layer-a', 'layer-b-2')),
  baseLayer: fc.constantFrom('embedded' as const, 'osm' as const, 'ign' as const),
  selectedQpv: fc.option(fc.constantFrom('QN02103M', 'QN07511M', 'QN97660C', 'QN02A01M'), {
    nil: null,
  }),
  territory: fc.option(fc.constantFrom('dep-21', 'dep-2A', 'reg-27', 'epci-242100410'), {
    nil: null,
  }),
  view: fc.option(
    fc.record({
      zoom: fc.integer({ min: 4, max: 36 }).map((z) => z / 2),
      lat: fc.double({ min: -80, max: 80, noNaN: true }),
      lon: fc.double({ min: -179, max: 179, noNaN: true }),
    }),
    { nil: null },
  ),
});

describe('the territoire parameter', () => {
  it('writes the open territory and reads the three kinds back', () => {
    expect(encode(snapshot({ territory: 'dep-21' }))).toBe('territoire=dep-21');
    expect(decode('territoire=reg-27').patch).toEqual({ territory: 'reg-27' });
    expect(decode('territoire=epci-242100410').patch).toEqual({ territory: 'epci-242100410' });
    expect(decode('territoire=dep-2a').patch).toEqual({ territory: 'dep-2A' });
  });

  it('ignores a malformed code', () => {
    for (const raw of ['dep-', 'dep-210', 'reg-7', 'epci-2421', 'commune-21231', '21']) {
      expect(decode(`territoire=${raw}`).ignored).toEqual(['territoire']);
    }
  });
});

describe('the basemap parameter', () => {
  it('is left out for the embedded basemap and names the online tiles otherwise', () => {
    expect(encode(snapshot({ baseLayer: 'embedded' }))).toBe('');
    expect(encode(snapshot({ baseLayer: 'ign' }))).toBe('basemap=ign');
    expect(encode(snapshot({ baseLayer: 'osm', view: { zoom: 12, lat: 47.3, lon: 5 } }))).toBe(
      'basemap=osm&map=12/47.3/5',
    );
  });

  it('reads ign, osm and embedded (which overrides a choice kept by the browser)', () => {
    expect(decode('basemap=ign')).toEqual({ patch: { baseLayer: 'ign' }, ignored: [] });
    expect(decode('basemap=osm').patch).toEqual({ baseLayer: 'osm' });
    expect(decode('basemap=embedded').patch).toEqual({ baseLayer: 'embedded' });
  });

  it.each(['', 'IGN', 'google', 'ign,osm'])('ignores basemap=%s', (raw) => {
    expect(decode(`basemap=${raw}`)).toEqual({ patch: {}, ignored: ['basemap'] });
  });

  it('ignores a repeated basemap parameter', () => {
    expect(decode('basemap=ign&basemap=osm').ignored).toEqual(['basemap']);
  });
});

describe('encode then decode', () => {
  it('restores the state, the view to about a metre', () => {
    fc.assert(
      fc.property(arbitrarySnapshot, (s) => {
        const { patch, ignored } = decode(encode(s));
        expect(ignored).toEqual([]);
        const restored = applyPatch(DEFAULT_SNAPSHOT, patch);
        expect({ ...restored, view: null }).toEqual({ ...s, view: null });
        if (s.view) {
          expect(restored.view!.zoom).toBe(s.view.zoom);
          expect(Math.abs(restored.view!.lat - s.view.lat)).toBeLessThan(1e-5);
          expect(Math.abs(restored.view!.lon - s.view.lon)).toBeLessThan(1e-5);
        } else {
          expect(restored.view).toBeNull();
        }
      }),
    );
  });
});

describe('pruneStale', () => {
  const known = {
    poleIds: new Set(['coopaxis']),
    sectorKeys: new Set(['culture', 'numerique']),
    waveCodes: new Set(['AAP1-2014', 'AMI-2024']),
    waveYears: [2014, 2024] as const,
  };

  it('leaves known values alone', () => {
    const s = snapshot({
      selectedId: 'coopaxis',
      filters: { ...DEFAULT_SNAPSHOT.filters, hiddenSectors: ['culture', NO_SECTOR] },
    });
    expect(pruneStale(s, known)).toEqual({ patch: {}, ignored: [] });
  });

  it('drops a pole and sectors that the data no longer has, and names them', () => {
    const s = snapshot({
      selectedId: 'ancien-pole',
      filters: { ...DEFAULT_SNAPSHOT.filters, hiddenSectors: ['culture', 'tourisme'] },
    });
    expect(pruneStale(s, known)).toEqual({
      patch: { selectedId: null, filters: { hiddenSectors: ['culture'] } },
      ignored: ['sel', 'sect'],
    });
  });

  it('drops a wave that appels.csv does not list, and a year outside its waves', () => {
    const s = snapshot({
      filters: { ...DEFAULT_SNAPSHOT.filters, hiddenAppels: ['AMI-2024', '2015'], year: 2013 },
    });
    expect(pruneStale(s, known)).toEqual({
      patch: { filters: { hiddenAppels: ['AMI-2024'], year: null } },
      ignored: ['appel', 'annee'],
    });
    const fine = snapshot({ filters: { ...DEFAULT_SNAPSHOT.filters, year: 2024 } });
    expect(pruneStale(fine, known).ignored).toEqual([]);
    // appels.csv unreadable: nothing to check the waves against, so they stay.
    const noWaves = { ...known, waveCodes: null, waveYears: null };
    expect(pruneStale(s, noWaves).ignored).toEqual([]);
  });

  it('keeps an imported site selection: it is not reference data', () => {
    const s = snapshot({ selectedId: 'site:layer-a:r12' });
    expect(pruneStale(s, known)).toEqual({ patch: {}, ignored: [] });
  });
});

describe('the codec table', () => {
  it('has one codec per parameter', () => {
    const names = URL_CODECS.map((c) => c.param);
    expect(new Set(names).size).toBe(names.length);
  });
});
