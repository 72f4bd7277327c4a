import { describe, expect, it } from 'vitest';
import { detectFormat, fileExtension } from './detect-format';

describe('fileExtension', () => {
  it('takes the last extension in lower case', () => {
    expect(fileExtension('C:\\Users\\moi\\Pôles.GeoJSON')).toBe('geojson');
    expect(fileExtension('export.2024.csv')).toBe('csv');
    expect(fileExtension('.hidden')).toBe('');
    expect(fileExtension('sans-extension')).toBe('');
  });
});

describe('detectFormat', () => {
  const csv = 'nom;lat;lon\nA;45;4\n';
  const geo = '{"type":"FeatureCollection","features":[]}';

  it('trusts matching extensions', () => {
    for (const name of ['a.csv', 'a.tsv', 'a.txt']) {
      expect(detectFormat(name, csv)).toMatchObject({ ok: true, format: 'csv', by: 'extension' });
    }
    for (const name of ['a.geojson', 'a.json']) {
      expect(detectFormat(name, geo)).toMatchObject({ ok: true, format: 'json', by: 'extension' });
    }
  });

  it('lets the content win over a wrong extension', () => {
    expect(detectFormat('a.csv', geo)).toMatchObject({ format: 'json', by: 'content' });
    expect(detectFormat('a.txt', `\n  ${geo}`)).toMatchObject({ format: 'json', by: 'content' });
    expect(detectFormat('a.json', csv)).toMatchObject({ format: 'csv', by: 'content' });
    // A header that merely starts with a bracket is still CSV.
    expect(detectFormat('a.csv', '[Nom];lat\nA;45\n')).toMatchObject({ format: 'csv' });
  });

  it('sniffs files without extension', () => {
    expect(detectFormat('donnees', csv)).toMatchObject({ ok: true, format: 'csv', by: 'content' });
    expect(detectFormat('donnees', geo)).toMatchObject({ ok: true, format: 'json' });
  });

  it('refuses other formats', () => {
    expect(detectFormat('a.kml', '<?xml version="1.0"?><kml>')).toEqual({
      ok: false,
      error: 'unsupported_format',
      extension: 'kml',
    });
    expect(detectFormat('a.csv', '<!DOCTYPE html><html>')).toMatchObject({ ok: false });
    expect(detectFormat('a.shp', 'nom;lat')).toMatchObject({ ok: false, extension: 'shp' });
  });
});
