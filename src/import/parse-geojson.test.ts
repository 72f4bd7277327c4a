import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { fixtureBytes } from './fixtures/reference';
import { flattenValue, parseGeoJson } from './parse-geojson';

const text = (name: string) => {
  const d = decodeText(fixtureBytes(name));
  if (!d.ok) throw new Error(name);
  return d.text;
};

describe('parseGeoJson', () => {
  it('reads a FeatureCollection with property columns in order of appearance', () => {
    const r = parseGeoJson(text('sites.geojson'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kind).toBe('geojson');
    expect(r.columns).toEqual(['nom', 'secteurs', 'site_web']);
    expect(r.rows).toHaveLength(15);
    expect(r.rows[0]).toMatchObject({
      row: 1,
      values: ['Point valide', 'culture | numerique', 'https://exemple.fr'],
      wellFormed: true,
    });
    expect(r.rows[12]).toMatchObject({ row: 13, wellFormed: false });
    expect(r.crs).toBeNull();
  });

  it('reads the legacy crs member', () => {
    const r = parseGeoJson(text('sites-l93.geojson'));
    expect(r.ok && r.crs).toEqual({ name: 'urn:ogc:def:crs:EPSG::2154', code: 'EPSG:2154' });
    const epsg = parseGeoJson(
      '{"type":"FeatureCollection","crs":{"type":"EPSG","properties":{"code":2154}},"features":[]}',
    );
    expect(epsg.ok && epsg.crs).toEqual({ name: 'EPSG:2154', code: 'EPSG:2154' });
    const odd = parseGeoJson(
      '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32631"}},"features":[]}',
    );
    expect(odd.ok && odd.crs).toEqual({ name: 'EPSG:32631', code: null });
  });

  it('accepts a single Feature, a bare geometry and an array of features', () => {
    const feature = parseGeoJson('{"type":"Feature","properties":{"nom":"A"},"geometry":null}');
    expect(feature.ok && feature.rows).toEqual([
      { row: 1, values: ['A'], geometry: null, wellFormed: true },
    ]);
    const bare = parseGeoJson('{"type":"Point","coordinates":[4.8,45.7]}');
    expect(bare.ok && bare.rows[0]?.geometry).toEqual({ type: 'Point', coordinates: [4.8, 45.7] });
    const arr = parseGeoJson('[{"type":"Feature","properties":{},"geometry":null}]');
    expect(arr.ok && arr.kind).toBe('geojson');
  });

  it('reads an array of flat records (API export)', () => {
    const r = parseGeoJson(text('records.json'));
    expect(r.ok && r.kind).toBe('records');
    expect(r.ok && r.columns).toEqual(['titre', 'lat', 'lon', 'secteurs', 'ville']);
    expect(r.ok && r.rows[2]).toEqual({
      row: 3,
      values: ['Pôle C', '', '', '', 'Dijon'],
      geometry: undefined,
      wellFormed: true,
    });
  });

  it('keeps the elements of array cells, for a single value or a list', () => {
    const r = parseGeoJson(
      '[{"code": "35238", "codesPostaux": ["35000", "", 35200]}, {"code": "1"}]',
    );
    expect(r.ok && r.rows.map((row) => [row.values, row.lists])).toEqual([
      [['35238', '35000 | 35200'], new Map([[1, ['35000', '35200']]])],
      [['1', ''], undefined],
    ]);
  });

  it('reports invalid JSON with its position when the engine gives one', () => {
    const r = parseGeoJson('{\n  "type": "FeatureCollection",\n  "features": [,]\n}');
    expect(r).toMatchObject({ ok: false, error: 'invalid_json' });
    const truncated = parseGeoJson('{"type": "FeatureCollection",\n"features": [');
    expect(truncated).toEqual({ ok: false, error: 'invalid_json', line: 2, column: 14 });
  });

  it('refuses JSON that is not GeoJSON', () => {
    expect(parseGeoJson('{"type":"Topology","objects":{}}')).toEqual({
      ok: false,
      error: 'not_geojson',
      found: '"type": "Topology"',
    });
    expect(parseGeoJson('{"data":[1,2]}')).toMatchObject({ found: '{data}' });
    expect(parseGeoJson('[1,2,3]')).toMatchObject({ found: '[…]' });
    expect(parseGeoJson('42')).toMatchObject({ found: 'number' });
    expect(parseGeoJson('{"type":"FeatureCollection"}')).toMatchObject({ error: 'not_geojson' });
  });
});

describe('flattenValue', () => {
  it('turns any JSON value into plain text', () => {
    expect(flattenValue(null)).toBe('');
    expect(flattenValue(3.5)).toBe('3.5');
    expect(flattenValue(true)).toBe('true');
    expect(flattenValue(['culture', null, 'numerique'])).toBe('culture | numerique');
    expect(flattenValue({ a: 1 })).toBe('{"a":1}');
    expect(flattenValue('<b>x</b>')).toBe('<b>x</b>');
  });
});
