import { describe, expect, it } from 'vitest';
import { datedFileName } from '../data/export-meta';
import { testPole } from '../data/test-pole';
import { poleRecord, shownToCsv, shownToGeoJson, siteRecord } from './shown-export';
import type { ImportedSite } from './types';

const pole = testPole('p', {
  nom: 'Pôle non localisé',
  commune: 'Dijon',
  codeInsee: '21231',
  departement: '21',
  region: 'Bourgogne-Franche-Comté',
  secteurs: ['culture'],
});

const site: ImportedSite = {
  id: 'r2',
  row: 2,
  nom: '=HYPERLINK("http://x","y")',
  lat: 47.5,
  lon: 5.25,
  precision: 'commune',
  geometry: null,
  commune: 'Dijon',
  codeInsee: '21231',
  codePostal: '21000',
  departement: '21',
  adresse: '',
  secteurs: ['culture', 'custom:tiers-lieu'],
  siteWeb: 'https://exemple.fr/',
  description: '@SUM(1)',
  properties: {},
};

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('export of what is shown', () => {
  it('writes one CSV for poles and sites, formulas neutralised, custom sectors by name', () => {
    const csv = decode(shownToCsv([poleRecord(pole, 'fr'), siteRecord(site, 'mes-sites.csv')]));
    const [header, first, second] = csv.split('\r\n');
    expect(header).toBe(
      '\uFEFFcouche;nom;latitude;longitude;precision;commune;code_insee;code_postal;departement;adresse;secteurs;site_web;description;appel;appel_libelle;sources;licence;date_donnees',
    );
    expect(first).toBe(
      'PTCE lauréats (référence);Pôle non localisé;;;inconnue;Dijon;21231;;21;;culture;;;AAP1-2014;;;Licence Ouverte / Etalab 2.0;',
    );
    expect(second).toBe(
      `mes-sites.csv;"'=HYPERLINK(""http://x"",""y"")";47,5;5,25;commune;Dijon;21231;21000;21;;culture|tiers-lieu;https://exemple.fr/;'@SUM(1);;;;;`,
    );
  });

  it('carries each pole’s wave and its label, its sources, the licence and the date of the data', () => {
    const sourced = {
      ...pole,
      appel: 'AAP2-2016' as const,
      sources: ['https://a.fr/x', 'http://b.fr'],
    };
    const meta = { dataDate: '2026-12-01', appelLabels: { 'AAP2-2016': '2e appel (2016)' } };
    const csv = decode(shownToCsv([poleRecord(sourced, 'fr', meta)]));
    expect(csv.split('\r\n')[1]).toMatch(
      /;AAP2-2016;2e appel \(2016\);https:\/\/a\.fr\/x \| http:\/\/b\.fr;Licence Ouverte \/ Etalab 2\.0;2026-12-01$/,
    );
    const fc = JSON.parse(decode(shownToGeoJson([poleRecord(sourced, 'fr', meta)], meta)));
    expect(fc).toMatchObject({
      licence: 'Licence Ouverte / Etalab 2.0',
      date_donnees: '2026-12-01',
    });
    expect(fc.features[0].properties).toMatchObject({
      appel: 'AAP2-2016',
      appel_libelle: '2e appel (2016)',
      sources: ['https://a.fr/x', 'http://b.fr'],
      date_donnees: '2026-12-01',
    });
  });

  it('names the file with the date of the data, or without a date when there is none', () => {
    expect(datedFileName('carte-ptce-export', '2026-12-01', 'csv')).toBe(
      'carte-ptce-export-2026-12-01.csv',
    );
    expect(datedFileName('carte-ptce-export', '', 'geojson')).toBe('carte-ptce-export.geojson');
  });

  it('writes GeoJSON with a null geometry for an unlocated pole', () => {
    const fc = JSON.parse(
      decode(shownToGeoJson([poleRecord(pole, 'en'), siteRecord(site, 'mes-sites.csv')])),
    );
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features[0].geometry).toBeNull();
    expect(fc.features[0].properties.couche).toBe('PTCE laureates (reference)');
    expect(fc.features[1].geometry).toEqual({ type: 'Point', coordinates: [5.25, 47.5] });
    expect(fc.features[1].properties.secteurs).toEqual(['culture', 'tiers-lieu']);
  });
});
