import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  franceZone,
  lambert93ToWgs84,
  parseCoordinatePair,
  parseCrs,
  parseNumber,
  resolvePoint,
  toWgs84,
} from './coordinates';

describe('parseNumber', () => {
  it.each([
    ['45,7597', 45.7597],
    ['45.7597', 45.7597],
    ['-0,57', -0.57],
    ['+4.8', 4.8],
    ['\u22121,5', -1.5],
    [' 4.83° ', 4.83],
    ['1 234 567,8', 1234567.8],
    ['6\u00a0862\u202f271', 6862271],
    ['652 345.12', 652345.12],
    ['1.234.567,8', 1234567.8],
    ['1,234,567.8', 1234567.8],
    ['1,234,567', 1234567],
    ['12,345.6', 12345.6],
    ['.5', 0.5],
    ['4.83E+00', 4.83],
  ])('%s → %d', (raw, expected) => {
    expect(parseNumber(raw)).toBeCloseTo(expected, 10);
  });

  it.each([
    '',
    ' ',
    'abc',
    'quarante-cinq',
    '45 7',
    '1,2,3',
    '45,5,',
    'N45.5',
    '45.5.5',
    '--4',
    '1.5,3',
    'NaN',
    'Infinity',
    '0x10',
  ])('refuses %j', (raw) => {
    expect(parseNumber(raw)).toBeNull();
  });

  it('reads back any finite number, with a point or a decimal comma', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (n) => {
        const text = n.toFixed(6);
        expect(parseNumber(text)).toBeCloseTo(Number(text), 6);
        expect(parseNumber(text.replace('.', ','))).toBeCloseTo(Number(text), 6);
      }),
    );
  });
});

describe('parseCrs', () => {
  it.each([
    ['EPSG:2154', 'EPSG:2154'],
    ['urn:ogc:def:crs:EPSG::2154', 'EPSG:2154'],
    ['http://www.opengis.net/def/crs/EPSG/0/2154', 'EPSG:2154'],
    ['2154', 'EPSG:2154'],
    ['Lambert 93', 'EPSG:2154'],
    ['RGF93 / Lambert-93', 'EPSG:2154'],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326'],
    ['EPSG:4326', 'EPSG:4326'],
    ['WGS 84', 'EPSG:4326'],
    ['EPSG:3857', 'EPSG:3857'],
    ['EPSG:27572', 'EPSG:27572'],
  ])('%s → %s', (raw, code) => {
    expect(parseCrs(raw)).toBe(code);
  });
  it('returns null for unknown systems', () => {
    expect(parseCrs('EPSG:32631')).toBeNull();
    expect(parseCrs('martian')).toBeNull();
    expect(parseCrs('')).toBeNull();
  });
});

describe('Lambert-93', () => {
  it('maps the projection origin exactly', () => {
    const [lon, lat] = lambert93ToWgs84(700000, 6600000);
    expect(lon).toBeCloseTo(3, 9);
    expect(lat).toBeCloseTo(46.5, 9);
  });
  it('places the Eiffel Tower (IGN: X 648 237, Y 6 862 272)', () => {
    const [lon, lat] = lambert93ToWgs84(648237.3, 6862271.7);
    expect(lon).toBeCloseTo(2.2945, 3);
    expect(lat).toBeCloseTo(48.8584, 3);
  });
  it('Web Mercator is available when declared', () => {
    const [lon, lat] = toWgs84('EPSG:3857', 261845.7, 6250566.7);
    expect(lon).toBeCloseTo(2.3522, 3);
    expect(lat).toBeCloseTo(48.8566, 3);
  });
});

describe('resolvePoint', () => {
  it('accepts WGS84 points in France', () => {
    expect(resolvePoint(45.76, 4.83)).toEqual({
      ok: true,
      lat: 45.76,
      lon: 4.83,
      crs: 'EPSG:4326',
      swapped: false,
    });
  });

  it('swaps latitude and longitude when only the swap lands in France', () => {
    expect(resolvePoint(4.83, 45.76)).toMatchObject({
      ok: true,
      lat: 45.76,
      lon: 4.83,
      swapped: true,
    });
    // Guadeloupe, Réunion
    expect(resolvePoint(-61.53, 16.24)).toMatchObject({ ok: true, lat: 16.24, swapped: true });
    expect(resolvePoint(55.45, -20.88)).toMatchObject({ ok: true, lat: -20.88, swapped: true });
  });

  it('detects Lambert-93 by magnitude, in either order', () => {
    const r = resolvePoint(6862271.7, 648237.3);
    expect(r).toMatchObject({ ok: true, crs: 'EPSG:2154', swapped: false });
    expect(r.ok && r.lat).toBeCloseTo(48.8584, 3);
    expect(resolvePoint(648237.3, 6862271.7)).toMatchObject({
      ok: true,
      crs: 'EPSG:2154',
      swapped: true,
    });
  });

  it('uses a declared CRS', () => {
    const r = resolvePoint(6250566.7, 261845.7, 'EPSG:3857');
    expect(r).toMatchObject({ ok: true, crs: 'EPSG:3857' });
    expect(resolvePoint(45.76, 4.83, 'EPSG:4326')).toMatchObject({ ok: true, swapped: false });
  });

  it('rejects points outside France, impossible values and unknown projections', () => {
    expect(resolvePoint(45.5, -73.6)).toEqual({
      ok: false,
      reason: 'outside_france',
      lat: 45.5,
      lon: -73.6,
    });
    expect(resolvePoint(0, 0)).toMatchObject({ ok: false, reason: 'outside_france' });
    expect(resolvePoint(95, 200)).toMatchObject({ ok: false, reason: 'out_of_range' });
    expect(resolvePoint(45, 200)).toMatchObject({ ok: false, reason: 'out_of_range' });
    expect(resolvePoint(5_000_000, 300_000)).toMatchObject({
      ok: false,
      reason: 'unknown_projection',
    });
  });

  it('accepts the overseas départements and collectivities named in the brief', () => {
    const places: [string, number, number][] = [
      ['guadeloupe', 16.24, -61.53],
      ['martinique', 14.6, -61.07],
      ['guyane', 4.93, -52.33],
      ['reunion', -20.88, 55.45],
      ['mayotte', -12.78, 45.23],
      ['saint-martin', 18.07, -63.08],
      ['polynesie', -17.53, -149.57],
    ];
    for (const [zone, lat, lon] of places) {
      expect(franceZone(lon, lat)?.name).toBe(zone);
      expect(resolvePoint(lat, lon)).toMatchObject({ ok: true, swapped: false });
    }
  });
});

describe('parseCoordinatePair', () => {
  it.each([
    ['45.76, 4.83', [45.76, 4.83]],
    ['45.76,4.83', [45.76, 4.83]],
    ['45,76 ; 4,83', [45.76, 4.83]],
    ['45,76, 4,83', [45.76, 4.83]],
    ['45.76 4.83', [45.76, 4.83]],
    ['(45.76, 4.83)', [45.76, 4.83]],
    ['[45.76, -0.5]', [45.76, -0.5]],
    ['POINT(4.83 45.76)', [45.76, 4.83]],
    ['point (4.83 45.76 120)', [45.76, 4.83]],
  ])('%s', (raw, pair) => {
    expect(parseCoordinatePair(raw)).toEqual(pair);
  });
  it.each(['45,76,4,83', 'Lyon', '45.76', '1 2 3'])('refuses %j', (raw) => {
    expect(parseCoordinatePair(raw)).toBeNull();
  });
});
