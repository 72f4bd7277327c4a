import { describe, expect, it } from 'vitest';
import { loadCommunes, loadSectors } from './fixtures/reference';
import { createSectorMatcher } from './match-sectors';
import { createRowProcessor, type RowContext } from './process-row';

function processor(columns: string[], extra: Partial<RowContext> = {}) {
  return createRowProcessor({
    columns,
    mapping: { name: 'nom', latitude: 'lat', longitude: 'lon', commune: 'ville', website: 'web' },
    geometryRows: false,
    crs: null,
    unsupportedCrs: null,
    communes: loadCommunes(),
    sectors: createSectorMatcher(loadSectors()),
    idPrefix: 'r',
    ...extra,
  });
}

describe('createRowProcessor', () => {
  const columns = ['nom', 'lat', 'lon', 'ville', 'web'];

  it('builds a site with its corrections', () => {
    const out = processor(columns)({ row: 4, values: ['  A\n', '4,83', '45,76', '', 'a.fr'] });
    expect(out).toMatchObject({
      ok: true,
      site: {
        id: 'r4',
        nom: 'A',
        lat: 45.76,
        lon: 4.83,
        precision: 'exacte',
        siteWeb: 'https://a.fr/',
      },
      crs: 'EPSG:4326',
    });
    expect(out.ok && out.issues.map((i) => i.code)).toEqual([
      'coordinates_swapped',
      'website_fixed',
    ]);
    expect(out.ok && out.site.properties).toEqual({
      nom: 'A',
      lat: '4,83',
      lon: '45,76',
      web: 'a.fr',
    });
  });

  it('returns exactly one rejection, without the corrections found before it', () => {
    const out = processor(columns)({ row: 2, values: ['', 'x', '1', '', 'javascript:1'] });
    expect(out).toMatchObject({
      ok: false,
      issue: { code: 'coordinate_not_number', field: 'lat' },
    });
  });

  it('fills commune fields from the geocoder', () => {
    const out = processor(columns)({ row: 2, values: ['B', '', '', 'Dijon', ''] });
    expect(out.ok && out.site).toMatchObject({
      commune: 'Dijon',
      codeInsee: '21231',
      codePostal: '21000',
      departement: '21',
      precision: 'commune',
    });
  });

  it('rejects every row of a file whose declared CRS is unknown', () => {
    const out = processor(columns, { unsupportedCrs: 'EPSG:32631' })({
      row: 2,
      values: ['A', '1', '2', '', ''],
    });
    expect(out).toMatchObject({ ok: false, issue: { code: 'crs_unsupported' } });
  });
});
