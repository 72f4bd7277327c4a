import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asFeatureCollection } from './geojson-guards';
import { areaOf, findAreaFeature } from './pole-area';

const regions = asFeatureCollection(
  JSON.parse(readFileSync('public/data/regions.geojson', 'utf8')),
)!.features;
const departements = asFeatureCollection(
  JSON.parse(readFileSync('public/data/departements.geojson', 'utf8')),
)!.features;

describe('areaOf', () => {
  it('gives the département, else the région, of a pole without a point, and nothing for a located one', () => {
    expect(areaOf({ lat: null, departement: '62', region: 'Hauts-de-France' })).toEqual({
      kind: 'departement',
      code: '62',
    });
    expect(areaOf({ lat: null, departement: '', region: 'Hauts-de-France' })).toEqual({
      kind: 'region',
      name: 'Hauts-de-France',
    });
    expect(areaOf({ lat: 50.1, departement: '62', region: 'Hauts-de-France' })).toBeNull();
    expect(areaOf({ lat: null, departement: '', region: '' })).toBeNull();
  });
});

describe('findAreaFeature', () => {
  it('finds every région of the shipped poles in the basemap, by name, whatever the accents', () => {
    const names = ['Hauts-de-France', "Provence-Alpes-Côte d'Azur", 'Île-de-France', 'La Réunion'];
    for (const name of names)
      expect(findAreaFeature(regions, { kind: 'region', name })?.properties?.nom).toBe(name);
    expect(findAreaFeature(regions, { kind: 'region', name: 'ile-de-france' })).not.toBeNull();
    expect(findAreaFeature(regions, { kind: 'region', name: 'Atlantide' })).toBeNull();
  });

  it('finds a département by its code', () => {
    expect(
      findAreaFeature(departements, { kind: 'departement', code: '974' })?.properties?.nom,
    ).toBe('La Réunion');
    expect(findAreaFeature(departements, { kind: 'departement', code: '2A' })).not.toBeNull();
    expect(findAreaFeature(departements, { kind: 'departement', code: '99' })).toBeNull();
  });
});
