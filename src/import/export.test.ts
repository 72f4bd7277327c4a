import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import {
  neutralizeFormula,
  SITE_CSV_COLUMNS,
  sitesToGeoJson,
  toCsv,
  toCsvBytes,
  toGeoJson,
  type CsvColumn,
} from './export';
import { importFixture, loadCommunes, loadSectors } from './fixtures/reference';
import { importFile } from './import-file';

interface Row {
  name: string;
  lat: number | string;
  lon: number | string;
  note: string;
}
const columns: CsvColumn<Row>[] = [
  { header: 'name', value: (r) => r.name },
  { header: 'lat', value: (r) => r.lat, numeric: true },
  { header: 'lon', value: (r) => r.lon, numeric: true },
  { header: 'note', value: (r) => r.note },
];

const imported = importFixture;

describe('neutralizeFormula', () => {
  it('prefixes cells a spreadsheet would run', () => {
    for (const v of ['=1+1', '+33 1 23', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutralizeFormula(v)).toBe(`'${v}`);
    }
    expect(neutralizeFormula('Pôle = coopération')).toBe('Pôle = coopération');
  });
});

describe('toCsv', () => {
  const rows: Row[] = [
    { name: '=HYPERLINK("http://evil")', lat: 43.6, lon: -1.55, note: '-ne pas calculer' },
    { name: 'Pôle; "cité"', lat: '-0,57', lon: '45.5', note: 'ligne 1\nligne 2' },
  ];

  it('writes ; with decimal commas by default, neutralising formulas but not coordinates', () => {
    expect(toCsv(rows, columns)).toBe(
      'name;lat;lon;note\r\n' +
        '"\'=HYPERLINK(""http://evil"")";43,6;-1,55;\'-ne pas calculer\r\n' +
        '"Pôle; ""cité""";-0,57;45,5;"ligne 1\nligne 2"',
    );
  });

  it('writes , with decimal points', () => {
    expect(toCsv(rows.slice(0, 1), columns, { delimiter: ',' })).toBe(
      'name,lat,lon,note\r\n"\'=HYPERLINK(""http://evil"")",43.6,-1.55,\'-ne pas calculer',
    );
  });

  it('escapes a formula-looking number outside numeric columns', () => {
    expect(toCsv([{ name: '-5', lat: 1, lon: 2, note: '' }], columns)).toContain("'-5;1;2;");
  });

  it('is UTF-8 with a BOM for Excel', () => {
    const bytes = toCsvBytes(rows, columns);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = decodeText(bytes);
    expect(back.ok && back.bom && back.text.startsWith('name;lat')).toBe(true);
  });
});

describe('round trip', () => {
  it('exported sites import back to the same sites', () => {
    const first = imported('ptce-fr.csv');
    const csv = toCsvBytes(first.sites, SITE_CSV_COLUMNS);
    const again = importFile({
      fileName: 'export.csv',
      bytes: csv,
      sectors: loadSectors(),
      communes: loadCommunes(),
    });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.unsure).toBe(false);
    expect(again.summary.rejected).toBe(0);
    expect(
      again.sites.map((s) => [s.nom, s.lat, s.lon, s.secteurs, s.siteWeb, s.description]),
    ).toEqual(first.sites.map((s) => [s.nom, s.lat, s.lon, s.secteurs, s.siteWeb, s.description]));
  });
});

describe('GeoJSON export', () => {
  it('writes points and keeps full geometries', () => {
    const r = imported('sites.geojson');
    const fc = sitesToGeoJson(r.sites);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(r.sites.length);
    expect(fc.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [5.06731, 47.33302] },
      properties: expect.objectContaining({
        nom: 'Point valide',
        secteurs: ['culture', 'numerique'],
      }),
    });
    expect(fc.features[2]?.geometry?.type).toBe('Polygon');
  });

  it('is generic: records without a position get a null geometry', () => {
    const fc = toGeoJson([{ id: 'a' }, { id: 'b' }], {
      point: (r) => (r.id === 'a' ? [2, 48] : null),
      properties: (r) => ({ id: r.id }),
    });
    expect(fc.features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [2, 48] },
      null,
    ]);
  });
});
