import type { Pole } from './types';

/** A pole for unit tests: every field empty or false but the id (also its name) and `over`. */
export function testPole(id: string, over: Partial<Pole> = {}): Pole {
  return {
    id,
    nom: id,
    appel: 'AAP1-2014',
    statutConfirme: true,
    commune: '',
    codeInsee: '',
    departement: '',
    region: '',
    quartier: '',
    codeQpv: '',
    adresse: '',
    secteurs: [],
    porteur: '',
    creation: null,
    siteWeb: '',
    membres: '',
    description: '',
    lat: null,
    lon: null,
    precision: 'inconnue',
    noteLocalisation: '',
    membreAssociation: false,
    fiabilite: 'haute',
    sources: [],
    ...over,
  };
}
