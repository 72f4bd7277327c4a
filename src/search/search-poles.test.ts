import { describe, expect, it } from 'vitest';
import type { Pole, Sector } from '../data/types';
import { fold } from './normalize';
import { indexPoles, searchPoles } from './search-poles';

const base: Omit<Pole, 'id' | 'nom' | 'commune' | 'quartier' | 'secteurs'> = {
  appel: 'AAP1-2014',
  statutConfirme: true,
  codeInsee: '',
  departement: '',
  region: '',
  codeQpv: '',
  adresse: '',
  porteur: '',
  creation: null,
  siteWeb: '',
  membres: '',
  description: 'Tours et détours',
  lat: null,
  lon: null,
  precision: 'commune',
  noteLocalisation: '',
  membreAssociation: false,
  fiabilite: 'haute',
  sources: [],
};
const pole = (id: string, nom: string, commune: string, quartier = '', secteurs: string[] = []) =>
  ({ ...base, id, nom, commune, quartier, secteurs }) as Pole;

const sectors: Sector[] = [
  {
    key: 'culture',
    labelFr: 'Culture et industries créatives',
    labelEn: 'Culture and creative industries',
  },
  { key: 'numerique', labelFr: 'Numérique', labelEn: 'Digital' },
];
const poles = [
  pole('coursive', 'La Coursive Boutaric', 'Dijon', 'Les Grésilles', ['culture']),
  pole('coopaxis', 'Coopaxis', 'Tours', 'Sanitas', ['numerique']),
  pole('cc', 'Culture et Coopération', 'Saint-Étienne', '', ['culture']),
  pole('parcours', 'Parcours Solidaire', 'Détours-sur-Loire'),
];
const index = indexPoles(poles, sectors);
const ids = (q: string) => searchPoles(index, q).map((h) => h.pole.id);

describe('fold', () => {
  it('drops accents, case and punctuation', () => {
    expect(fold('  Saint-Étienne ')).toBe('saint etienne');
    expect(fold("L'Haÿ-les-Roses")).toBe('l hay les roses');
    expect(fold('Œuvre Cœur')).toBe('oeuvre coeur');
  });
});

describe('searchPoles', () => {
  it('finds a pole by its name without accents or capitals', () => {
    expect(ids('coursive')).toEqual(['coursive']);
    expect(ids('COURSIVE bout')).toEqual(['coursive']);
  });

  it('finds a pole by its neighbourhood and says so', () => {
    const [hit] = searchPoles(index, 'gresilles');
    expect(hit?.pole.id).toBe('coursive');
    expect(hit?.field).toBe('quartier');
    expect(hit?.matched).toBe('Les Grésilles');
  });

  it('finds a pole by its commune by word starts, not inside words', () => {
    expect(ids('Tours')).toEqual(['coopaxis']);
    expect(searchPoles(index, 'tours')[0]?.field).toBe('commune');
    expect(ids('saint-etienne')).toEqual(['cc']);
    expect(ids('St Étienne')).toEqual(['cc']);
  });

  it('finds poles by sector in either language, names first', () => {
    expect(ids('culture')).toEqual(['cc', 'coursive']);
    expect(ids('digital')).toEqual(['coopaxis']);
  });

  it('ranks a name that starts with the query first', () => {
    expect(ids('coop')).toEqual(['coopaxis', 'cc']);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(ids('')).toEqual([]);
    expect(ids(' - ')).toEqual([]);
    expect(ids('zzz')).toEqual([]);
  });

  it('does not search the description', () => {
    expect(ids('detours')).toEqual(['parcours']);
    expect(searchPoles(index, 'detours')[0]?.field).toBe('commune');
  });
});
