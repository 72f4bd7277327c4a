import { describe, expect, it } from 'vitest';
import { guessColumns, sanitizeMapping } from './guess-columns';
import { hasLocation } from './has-location';

describe('guessColumns', () => {
  it('reads French headers, whatever the accents, case, spaces or underscores', () => {
    const g = guessColumns([
      'Nom',
      'LATITUDE',
      'Longitude',
      'Ville',
      'Code INSEE',
      'code_postal',
      'Secteur(s)',
      'Filière',
      'Site_Web',
      'Description',
      'Adresse',
    ]);
    expect(g.mapping).toEqual({
      name: 'Nom',
      latitude: 'LATITUDE',
      longitude: 'Longitude',
      commune: 'Ville',
      insee: 'Code INSEE',
      postcode: 'code_postal',
      sectors: 'Secteur(s)',
      website: 'Site_Web',
      description: 'Description',
      address: 'Adresse',
    });
    // "Secteur(s)" and "Filière" are both sector columns: the first is used, the choice is flagged.
    expect(g.reasons).toEqual([
      { code: 'several_candidates', role: 'sectors', columns: ['Secteur(s)', 'Filière'] },
    ]);
    expect(g.unsure).toBe(true);
  });

  it('reads English and abbreviated headers', () => {
    const g = guessColumns(['name', 'lat', 'lng', 'city', 'zip', 'sectors', 'url', 'address']);
    expect(g.mapping).toMatchObject({
      name: 'name',
      latitude: 'lat',
      longitude: 'lng',
      commune: 'city',
      postcode: 'zip',
      sectors: 'sectors',
      website: 'url',
      address: 'address',
    });
    expect(g.unsure).toBe(false);
    expect(guessColumns(['titre', 'long', 'lat', 'cp']).mapping).toMatchObject({
      name: 'titre',
      longitude: 'long',
      postcode: 'cp',
    });
    expect(guessColumns(['codePostal', 'siteWeb', 'code_commune']).mapping).toEqual({
      postcode: 'codePostal',
      website: 'siteWeb',
      insee: 'code_commune',
    });
  });

  it('does not take a commune or porteur name for the site name', () => {
    const g = guessColumns(['Nom de la commune', 'Nom du porteur', 'Intitulé du pôle']);
    expect(g.mapping).toEqual({ commune: 'Nom de la commune', name: 'Intitulé du pôle' });
  });

  it('flags a missing name column', () => {
    const g = guessColumns(['commune', 'secteur']);
    expect(g.unsure).toBe(true);
    expect(g.reasons).toEqual([{ code: 'no_name_column' }]);
  });

  it('flags a file without any location column (except GeoJSON)', () => {
    expect(guessColumns(['nom', 'secteur']).reasons).toEqual([{ code: 'no_location_column' }]);
    expect(guessColumns(['nom', 'secteur'], [], { geometry: true }).unsure).toBe(false);
  });

  it('flags x/y columns unless the values settle the question', () => {
    const headers = ['nom', 'x', 'y'];
    expect(guessColumns(headers).reasons).toContainEqual({
      code: 'xy_ambiguous',
      columns: ['x', 'y'],
    });
    const lambert = [
      ['a', '856101.4', '6694564.9'],
      ['b', '526378.8', '6700402.6'],
    ];
    expect(guessColumns(headers, lambert).unsure).toBe(false);
    const degrees = [['a', '4.83', '45.76']];
    expect(guessColumns(headers, degrees).unsure).toBe(false);
    const swapped = [['a', '45.76', '4.83']];
    expect(guessColumns(headers, swapped).unsure).toBe(true);
  });

  it('flags two equally good candidates', () => {
    const g = guessColumns(['nom', 'lat', 'latitude', 'lon']);
    expect(g.mapping.latitude).toBe('lat');
    expect(g.reasons).toContainEqual({
      code: 'several_candidates',
      role: 'latitude',
      columns: ['lat', 'latitude'],
    });
  });

  it('uses values to catch a misleading header', () => {
    const sample = [
      ['Pôle A', 'voir plus bas'],
      ['Pôle B', 'non communiqué'],
    ];
    const g = guessColumns(['nom', 'site'], sample);
    expect(g.reasons).toContainEqual({ code: 'values_mismatch', role: 'website', column: 'site' });
  });

  it('finds a combined coordinates column (Opendatasoft "Geo Point")', () => {
    const g = guessColumns(['Nom du site', 'Geo Point'], [['Mairie', '47.39, 0.6889']]);
    expect(g.mapping).toEqual({ name: 'Nom du site', coordinates: 'Geo Point' });
    // A "Position" column that holds no coordinates is not one.
    expect(guessColumns(['nom', 'position'], [['A', 'présidente']]).mapping).toEqual({
      name: 'nom',
    });
  });

  it('ignores half a coordinate pair', () => {
    expect(guessColumns(['nom', 'latitude', 'commune']).mapping).toEqual({
      name: 'nom',
      commune: 'commune',
    });
  });
});

describe('sanitizeMapping / hasLocation', () => {
  it('drops columns that do not exist', () => {
    expect(
      sanitizeMapping({ name: 'nom', latitude: 'lat', commune: 'ville' }, ['nom', 'ville']),
    ).toEqual({
      name: 'nom',
      commune: 'ville',
    });
  });
  it('knows what locates a row', () => {
    expect(hasLocation({ latitude: 'a', longitude: 'b' })).toBe(true);
    expect(hasLocation({ latitude: 'a' })).toBe(false);
    expect(hasLocation({ postcode: 'cp' })).toBe(true);
    expect(hasLocation({ name: 'nom' })).toBe(false);
  });
});
