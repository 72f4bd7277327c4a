import { describe, expect, it } from 'vitest';
import { fixtureBytes, loadCommunes, loadSectors, utf8 } from './fixtures/reference';
import { importFile, prepareImport, type ImportInput, type ImportResult } from './import-file';
import { fileErrorMessage, issueMessage } from './messages';

const sectors = loadSectors();
const communes = loadCommunes();

function run(fileName: string, bytes: Uint8Array, extra: Partial<ImportInput> = {}) {
  return importFile({ fileName, bytes, sectors, communes, ...extra });
}

function ok(fileName: string, extra: Partial<ImportInput> = {}): ImportResult {
  const r = run(fileName, fixtureBytes(fileName), extra);
  if (!r.ok) throw new Error(`${fileName}: ${r.error.message}`);
  return r;
}

const byRow = (r: ImportResult) => new Map(r.sites.map((s) => [s.row, s]));
const codes = (r: ImportResult) => r.issues.map((i) => [i.row, i.severity, i.code]);

describe('importFile on the fixtures', () => {
  it('French Excel export: decimal commas, multi-line cell, every row accounted for', () => {
    const r = ok('ptce-fr.csv');
    expect(r).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';', unsure: false });
    expect(r.summary).toEqual({ dataRows: 7, imported: 4, rejected: 3, corrected: 3 });
    expect(codes(r)).toEqual([
      [3, 'corrected', 'coordinates_swapped'],
      [3, 'corrected', 'website_fixed'],
      [5, 'corrected', 'geocoded'],
      [6, 'rejected', 'coordinates_outside_france'],
      [7, 'rejected', 'coordinate_not_number'],
      [8, 'corrected', 'geocoded'],
      [9, 'rejected', 'no_location'],
    ]);
    const sites = byRow(r);
    expect(sites.get(2)).toMatchObject({
      id: 'r2',
      nom: 'La Coursive Boutaric',
      lat: 47.33302,
      lon: 5.06731,
      precision: 'exacte',
      secteurs: ['culture'],
      siteWeb: 'https://www.la-coursive.fr/',
      description: 'Pôle culturel\naux Grésilles',
      geometry: null,
    });
    expect(sites.get(3)).toMatchObject({ lat: 47.38119, lon: 0.69854 });
    expect(sites.get(5)).toMatchObject({
      precision: 'commune',
      codeInsee: '42218',
      secteurs: ['artisanat-design'],
    });
    expect(sites.get(8)?.secteurs).toEqual(['environnement', 'custom:tiers-lieu']);
    expect(r.customSectors).toEqual([
      {
        key: 'custom:tiers-lieu',
        labelFr: 'Tiers-lieu',
        labelEn: 'Tiers-lieu',
        count: 1,
        rows: [8],
      },
    ]);
    expect(r.issues.find((i) => i.row === 7)).toMatchObject({
      field: 'latitude',
      message: '« quarante-cinq » n’est pas un nombre',
    });
  });

  it('Windows-1252 file', () => {
    const r = ok('ptce-windows-1252.csv');
    expect(r.encoding).toBe('windows-1252');
    expect(r.sites.map((s) => [s.nom, s.commune, s.codeInsee])).toEqual([
      ['L’Atelier œuvre', 'Saint-Étienne', '42218'],
      ['Café de la Gare', 'Besançon', '25056'],
    ]);
    expect(r.sites[0]?.description).toBe('Budget 10 000 €');
  });

  it('Lambert-93 by magnitude, with one swapped row', () => {
    const r = ok('ptce-lambert93.csv');
    expect(r.crs.used).toEqual({ 'EPSG:2154': 4 });
    expect(r.summary).toEqual({ dataRows: 4, imported: 4, rejected: 0, corrected: 1 });
    const s = byRow(r);
    expect(s.get(2)?.lat).toBeCloseTo(47.33302, 4);
    expect(s.get(4)?.lon).toBeCloseTo(4.37863, 4);
    expect(r.guess.reasons).toContainEqual({ code: 'xy_ambiguous', columns: ['x', 'y'] });
  });

  it('TSV with English headers and a multi-line cell', () => {
    const r = ok('sites.tsv');
    expect(r.delimiter).toBe('\t');
    expect(r.sites[0]).toMatchObject({
      nom: 'Digital hub',
      secteurs: ['numerique', 'artisanat-design'],
      description: 'Line one\nline two\nline three',
    });
    expect(codes(r)).toEqual([[4, 'rejected', 'commune_not_found']]);
  });

  it('pipe-delimited .txt with INSEE codes and postcodes only', () => {
    const r = ok('sites-pipe.txt');
    expect(r.sites.map((s) => [s.row, s.codeInsee, s.precision])).toEqual([
      [2, '75111', 'commune'],
      [3, '01001', 'commune'],
      [4, '51039', 'commune'],
    ]);
    expect(codes(r)).toEqual([
      [2, 'corrected', 'geocoded'],
      [3, 'corrected', 'geocoded'],
      [4, 'corrected', 'geocoded_shared_postcode'],
      [5, 'rejected', 'insee_not_found'],
    ]);
  });

  it('a combined "Geo Point" column', () => {
    const r = ok('sites-geo-point.csv');
    expect(r.sites.map((s) => [s.lat, s.lon])).toEqual([
      [47.39, 0.6889],
      [47.3233, 5.0274],
    ]);
  });

  it('communes only, with ambiguity', () => {
    const r = ok('communes-only.csv');
    expect(codes(r).filter(([, sev]) => sev === 'rejected')).toEqual([
      [2, 'rejected', 'commune_ambiguous'],
      [7, 'rejected', 'commune_not_found'],
    ]);
    expect(r.sites.map((s) => s.codeInsee)).toEqual([
      '97411',
      '93066',
      '42218',
      '75111',
      '78440',
      '69123',
    ]);
  });

  it('GeoJSON with every geometry type and every kind of broken feature', () => {
    const r = ok('sites.geojson');
    expect(r).toMatchObject({ format: 'geojson', unsure: false });
    expect(r.summary).toEqual({ dataRows: 15, imported: 8, rejected: 7, corrected: 2 });
    expect(r.sites.map((s) => [s.id, s.geometry?.type ?? 'Point'])).toEqual([
      ['f1', 'Point'],
      ['f2', 'MultiPoint'],
      ['f3', 'Polygon'],
      ['f4', 'MultiPolygon'],
      ['f5', 'LineString'],
      ['f6', 'MultiLineString'],
      ['f10', 'Polygon'],
      ['f15', 'Point'],
    ]);
    expect(r.sites[0]?.secteurs).toEqual(['culture', 'numerique']);
    expect(codes(r)).toEqual([
      [7, 'rejected', 'geometry_missing'],
      [8, 'rejected', 'geometry_invalid'],
      [9, 'rejected', 'geometry_invalid'],
      [10, 'corrected', 'ring_closed'],
      [11, 'rejected', 'geometry_invalid'],
      [12, 'rejected', 'geometry_unsupported'],
      [13, 'rejected', 'feature_invalid'],
      [14, 'rejected', 'coordinates_outside_france'],
      [15, 'corrected', 'coordinates_swapped'],
    ]);
  });

  it('GeoJSON declared in Lambert-93', () => {
    const r = ok('sites-l93.geojson');
    expect(r.crs).toEqual({ declared: 'urn:ogc:def:crs:EPSG::2154', used: { 'EPSG:2154': 3 } });
    expect(r.sites[0]?.lat).toBeCloseTo(47.33302, 4);
    expect(r.sites[0]?.secteurs).toEqual(['culture']);
    expect(r.sites[1]?.secteurs).toEqual(['numerique']);
    expect(r.sites[2]?.geometry?.type).toBe('Polygon');
  });

  it('JSON records', () => {
    const r = ok('records.json');
    expect(r.format).toBe('json-records');
    expect(r.sites.map((s) => [s.nom, s.precision])).toEqual([
      ['Pôle A', 'exacte'],
      ['Pôle B', 'exacte'],
      ['Pôle C', 'commune'],
    ]);
  });
});

describe('file-level errors', () => {
  it.each([
    ['vide.csv', new Uint8Array(), 'empty_file'],
    ['blancs.csv', utf8('\r\n  \r\n'), 'empty_file'],
    [
      'classeur.xlsx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('[Content_Types].xml')]),
      'binary_file',
    ],
    ['photo.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'binary_file'],
    ['carte.kml', utf8('<?xml version="1.0"?><kml/>'), 'unsupported_format'],
    ['carte.shp', utf8('nom;lat\nA;1\n'), 'unsupported_format'],
    ['casse.geojson', utf8('{"type": "FeatureCollection", "features": [,]}'), 'invalid_json'],
    ['topo.json', utf8('{"type":"Topology","objects":{}}'), 'not_geojson'],
    ['entete.csv', utf8('nom;lat;lon\n'), 'no_data_rows'],
    ['vide.geojson', utf8('{"type":"FeatureCollection","features":[]}'), 'no_data_rows'],
    ['objets-vides.json', utf8('[{}, {}]'), 'no_usable_column'],
  ])('%s → %s', (name, bytes, code) => {
    const r = run(name, bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.length).toBeGreaterThan(10);
    }
  });

  it('opens the mapping step, without reading the rows, when no column says where', () => {
    const r = run('x.csv', utf8('nom;secteur\nA;culture\n'));
    expect(r.ok && r).toMatchObject({
      unsure: true,
      columns: ['nom', 'secteur'],
      guess: { reasons: [{ code: 'no_location_column' }] },
      sites: [],
      summary: { dataRows: 1, imported: 0, rejected: 0, corrected: 0 },
    });
  });

  it('still refuses a mapping that names no place', () => {
    const r = run('x.csv', utf8('nom;secteur\nA;culture\n'), { mapping: { name: 'nom' } });
    expect(!r.ok && r.error).toMatchObject({
      code: 'no_usable_column',
      params: { columns: 'nom, secteur' },
    });
  });
});

describe('options', () => {
  it('a mapping override replaces the guess and clears "unsure"', () => {
    const bytes = utf8('a;b;c\nPôle;45,76;4,83\n');
    const guessed = run('x.csv', bytes);
    expect(guessed.ok && guessed.unsure).toBe(true); // no recognisable column at all
    const r = run('x.csv', bytes, {
      mapping: { name: 'a', latitude: 'b', longitude: 'c', website: 'zz' },
    });
    expect(r.ok && r.mapping).toEqual({ name: 'a', latitude: 'b', longitude: 'c' });
    expect(r.ok && r.unsure).toBe(false);
    expect(r.ok && r.sites[0]).toMatchObject({ nom: 'Pôle', lat: 45.76, lon: 4.83 });
  });

  it('a CRS override is used, and a CRS column per row wins', () => {
    const bytes = utf8(
      'nom;x;y;srid\nA;261845.7;6250566.7;EPSG:3857\nB;648237.3;6862271.7;\nC;1;2;EPSG:9999\n',
    );
    const r = run('x.csv', bytes);
    expect(r.ok && r.sites.map((s) => s.nom)).toEqual(['A', 'B']);
    expect(r.ok && r.crs.used).toEqual({ 'EPSG:3857': 1, 'EPSG:2154': 1 });
    expect(r.ok && codes(r)).toEqual([[4, 'rejected', 'crs_unsupported']]);
  });

  it('an unsupported CRS declared by a GeoJSON rejects its features with the reason', () => {
    const text =
      '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32631"}},' +
      '"features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[500000,5000000]}}]}';
    const r = run('x.geojson', utf8(text));
    expect(r.ok && r.issues[0]).toMatchObject({
      code: 'crs_unsupported',
      params: { value: 'EPSG:32631' },
    });
    const forced = run('x.geojson', utf8(text), { crs: 'EPSG:2154' });
    expect(forced.ok && forced.summary.rejected).toBe(1); // not Lambert-93 either: outside France
  });

  it('treats 0;0 as "no coordinates" and geocodes', () => {
    const r = run('x.csv', utf8('nom;lat;lon;ville\nA;0;0;Dijon\n'));
    expect(r.ok && r.sites[0]?.precision).toBe('commune');
  });

  it('half a coordinate pair falls back to the commune, or is rejected', () => {
    const r = run('x.csv', utf8('nom;lat;lon;ville\nA;45,7;;Dijon\nB;45,7;;\n'));
    expect(r.ok && codes(r)).toEqual([
      [2, 'corrected', 'geocoded'],
      [3, 'rejected', 'coordinates_incomplete'],
    ]);
    expect(r.ok && r.issues[0]?.params).toMatchObject({ reason: 'incomplete_coordinates' });
  });

  it('reports an unclosed quote and extra cells', () => {
    const r = run('x.csv', utf8('nom;lat;lon\nA;45,7;4,8;en trop\nB;"45,7;4,8\nC;45;4\n'));
    expect(r.ok && codes(r)).toEqual([
      [2, 'corrected', 'extra_fields'],
      [3, 'rejected', 'csv_unclosed_quote'],
    ]);
    expect(r.ok && r.summary).toEqual({ dataRows: 2, imported: 1, rejected: 1, corrected: 1 });
  });

  it('keeps text as plain text and only http(s) links', () => {
    const r = run(
      'x.csv',
      utf8(
        'nom;lat;lon;site;description\n<img src=x onerror=alert(1)>;45,7;4,8;javascript:alert(1);<b>gras</b>\n',
      ),
    );
    expect(r.ok && r.sites[0]).toMatchObject({
      nom: '<img src=x onerror=alert(1)>',
      siteWeb: '',
      description: '<b>gras</b>',
    });
    expect(r.ok && codes(r)).toEqual([[2, 'corrected', 'website_dropped']]);
  });
});

describe('prepareImport', () => {
  it('processes rows in slices', () => {
    const lines = ['nom;lat;lon', ...Array.from({ length: 2000 }, (_, i) => `S${i};45,7;4,8`)];
    const p = prepareImport({
      fileName: 'x.csv',
      bytes: utf8(lines.join('\n')),
      sectors,
      communes,
    });
    if (!p.ok) throw new Error(p.error.message);
    expect(p.job.total).toBe(2000);
    expect(p.job.run(0)).toBe(false); // deadline already passed: stops at the first clock check
    expect(p.job.processed).toBe(256);
    expect(p.job.run()).toBe(true);
    expect(p.job.result().summary.imported).toBe(2000);
  });
});

describe('line numbers', () => {
  it('adds the text line when a multi-line cell shifted it', () => {
    const r = run('x.csv', utf8('nom;lat;lon;desc\nA;45,7;4,8;"1\n2\n3"\nB;;;\n'));
    expect(r.ok && r.issues).toMatchObject([{ row: 3, line: 5, code: 'no_location' }]);
    const plain = run('x.csv', utf8('nom;lat;lon\nB;;\n'));
    expect(plain.ok && plain.issues[0]?.line).toBeUndefined();
  });
});

describe('files people bring', () => {
  const okBytes = (name: string, text: string, extra: Partial<ImportInput> = {}) => {
    const r = run(name, utf8(text), extra);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r;
  };

  it('keeps both rows that share an id and names them', () => {
    const r = okBytes(
      'ids.csv',
      'id;nom;lat;lon\nA1;Un;45.76;4.83\nB2;Deux;45.75;4.84\nA1;Trois;45.74;4.85\n;Quatre;45.7;4.8\nb2;Cinq;45.7;4.8\n',
    );
    expect(r.sites.map((s) => s.nom)).toEqual(['Un', 'Deux', 'Trois', 'Quatre', 'Cinq']);
    expect(r.issues).toMatchObject([
      { row: 4, field: 'id', code: 'duplicate_id', severity: 'corrected' },
    ]);
    expect(r.issues[0]?.params).toEqual({ id: 'A1', rows: [2, 4], features: false });
    expect(r.issues[0]?.message).toBe(
      'Identifiant « A1 » en double (lignes 2 et 4) : toutes sont gardées',
    );
    expect(issueMessage(r.issues[0]!, 'en')).toBe(
      'Duplicate id “A1” (rows 2 and 4): all of them are kept',
    );
    expect(r.summary).toEqual({ dataRows: 5, imported: 5, rejected: 0, corrected: 1 });
  });

  it.each([
    ['point.geojson', '{"type": "Point", "coordinates": [2.35, 48.85]}', 1],
    [
      'sans-proprietes.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: { type: 'Point', coordinates: [2.35, 48.85] } },
          {
            type: 'Feature',
            properties: null,
            geometry: { type: 'Point', coordinates: [4.83, 45.76] },
          },
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'Point', coordinates: [5.04, 47.32] },
          },
        ],
      }),
      3,
    ],
  ])('imports %s without the mapping step, nameless', (name, text, count) => {
    const r = okBytes(name, text);
    expect(r).toMatchObject({ format: 'geojson', unsure: false, columns: [], issues: [] });
    expect(r.sites.map((s) => [s.id, s.nom])).toEqual(
      Array.from({ length: count }, (_, i) => [`f${i + 1}`, '']),
    );
  });

  it('closes a polygon ring that does not end where it starts, and says so', () => {
    const r = ok('open-ring.geojson');
    expect(r.sites[0]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [4.8, 45.7],
          [4.9, 45.7],
          [4.9, 45.8],
          [4.8, 45.7],
        ],
      ],
    });
    expect(codes(r)).toEqual([[1, 'corrected', 'ring_closed']]);
    expect(r.issues[0]?.message).toMatch(/^Contour de polygone non fermé/);
    expect(issueMessage(r.issues[0]!, 'en')).toMatch(/^Polygon ring not closed/);
  });

  describe('the commune list of @etalab/decoupage-administratif', () => {
    const file = 'communes-decoupage.json';

    it('asks which column is which instead of refusing it', () => {
      const r = ok(file);
      expect(r).toMatchObject({ format: 'json-records', unsure: true, sites: [] });
      expect(r.columns).toEqual([
        'nom',
        'code',
        'codeDepartement',
        'siren',
        'codeEpci',
        'codeRegion',
        'codesPostaux',
        'population',
      ]);
      expect(r.guess.reasons).toEqual([{ code: 'no_location_column' }]);
    });

    it('imports at the commune centres once `code` is the INSEE code', () => {
      const r = ok(file, { mapping: { name: 'nom', insee: 'code' } });
      expect(r.summary).toEqual({ dataRows: 5, imported: 5, rejected: 0, corrected: 5 });
      const rennes = r.sites.find((s) => s.nom === 'Rennes')!;
      expect(rennes).toMatchObject({
        codeInsee: '35238',
        commune: 'Rennes',
        precision: 'commune',
        lat: 48.1159,
        lon: -1.6884,
      });
      // The list stays a list for the details, and reads as text in the export.
      expect(rennes.lists).toEqual({ codesPostaux: ['35000', '35200', '35700'] });
      expect(rennes.properties.codesPostaux).toBe('35000 | 35200 | 35700');
    });

    it('reads an array as its first element where one value is needed', () => {
      const r = ok(file, { mapping: { name: 'nom', postcode: 'codesPostaux' } });
      expect(r.summary.imported).toBe(5);
      const ajaccio = r.sites.find((s) => s.nom === 'Ajaccio')!;
      expect(ajaccio).toMatchObject({ codePostal: '20000', codeInsee: '2A004' });
    });
  });

  it('refuses only a file with no column at all', () => {
    const r = run('vide.json', utf8('[{}, {}]'));
    expect(!r.ok && r.error.code).toBe('no_usable_column');
    expect(!r.ok && fileErrorMessage(r.error, 'en')).toMatch(/columns found: none/);
  });
});
