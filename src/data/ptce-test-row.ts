import { readFileSync } from 'node:fs';
import { knownKeysOf } from './known-keys';
import { PTCE_COLUMNS, type KnownKeys, type PtceRow } from './ptce-schema';

// Test helpers only (imported by *.test.ts): a valid row and the shipped sector and wave keys.

export const SHIPPED_PTCE = readFileSync('public/data/ptce.csv', 'utf8');
export const SHIPPED_APPELS = readFileSync('public/data/appels.csv', 'utf8');
export const SHIPPED_KEYS: KnownKeys = knownKeysOf(
  readFileSync('public/data/secteurs.csv', 'utf8'),
  SHIPPED_APPELS,
);

export function testRow(over: Partial<PtceRow> = {}): PtceRow {
  const good: PtceRow = {
    id: 'pole-test',
    nom: 'Pôle Test',
    appel: 'AAP1-2014',
    statut_laureat: 'confirmé',
    commune: 'Dijon',
    code_insee: '21231',
    departement: '21',
    region: 'Bourgogne-Franche-Comté',
    quartier: '',
    code_qpv: '',
    adresse: '',
    secteurs: 'culture|numerique',
    porteur: 'Association Test',
    creation: '2010',
    site_web: 'https://example.org',
    membres: '12',
    description: 'Un pôle, avec « guillemets » et "doubles"',
    latitude: '47.3',
    longitude: '5.0',
    precision: 'commune',
    note_localisation: 'Centre de la commune',
    membre_association: 'non',
    fiabilite: 'haute',
    sources: 'https://example.org/a|https://example.org/b',
  };
  const row = { ...good, ...over };
  return Object.fromEntries(PTCE_COLUMNS.map((c) => [c, row[c]])) as PtceRow;
}
