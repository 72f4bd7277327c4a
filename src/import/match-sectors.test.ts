import { describe, expect, it } from 'vitest';
import { loadSectors } from './fixtures/reference';
import { createSectorMatcher } from './match-sectors';

const sectors = loadSectors();

describe('createSectorMatcher', () => {
  it('splits on | ; , and /', () => {
    const m = createSectorMatcher(sectors);
    expect(m.match('culture|numerique')).toEqual(['culture', 'numerique']);
    expect(m.match('culture ; numerique')).toEqual(['culture', 'numerique']);
    expect(m.match('culture, numerique')).toEqual(['culture', 'numerique']);
    expect(m.match('culture/numerique')).toEqual(['culture', 'numerique']);
  });

  it('matches keys and French/English labels, ignoring accents and case', () => {
    const m = createSectorMatcher(sectors);
    expect(m.match('NUMÉRIQUE')).toEqual(['numerique']);
    expect(m.match('Digital')).toEqual(['numerique']);
    expect(m.match('Services à la personne')).toEqual(['services']);
    expect(m.match('services a la personne')).toEqual(['services']);
    expect(m.match('Insertion par l’activité économique')).toEqual(['insertion']);
    expect(m.match('ARTISANAT-DESIGN')).toEqual(['artisanat-design']);
  });

  it('keeps labels that contain a separator whole', () => {
    const m = createSectorMatcher(sectors);
    expect(m.match('Artisanat, mode et design')).toEqual(['artisanat-design']);
    expect(m.match('culture|Crafts, fashion and design|Waste, recycling and environment')).toEqual([
      'culture',
      'artisanat-design',
      'environnement',
    ]);
  });

  it('understands distinctive words and a few obvious synonyms', () => {
    const m = createSectorMatcher(sectors);
    expect(m.match('design')).toEqual(['artisanat-design']);
    expect(m.match('recyclage')).toEqual(['environnement']);
    expect(m.match('agriculture')).toEqual(['alimentation']);
    expect(m.match('BTP')).toEqual(['construction']);
    expect(m.match('Économie circulaire')).toEqual(['environnement']);
    expect(m.match('industries créatives')).toEqual(['culture']);
  });

  it('keeps unknown sectors as their own categories and lists them', () => {
    const m = createSectorMatcher(sectors);
    expect(m.match('culture|Tiers-lieu', 2)).toEqual(['culture', 'custom:tiers-lieu']);
    expect(m.match('tiers lieu', 5)).toEqual(['custom:tiers-lieu']);
    expect(m.match('Économie sociale', 6)).toEqual(['custom:economie-sociale']);
    expect(m.match('文化', 7)).toEqual(['custom:文化']);
    expect(m.customSectors()).toEqual([
      {
        key: 'custom:tiers-lieu',
        labelFr: 'Tiers-lieu',
        labelEn: 'Tiers-lieu',
        count: 2,
        rows: [2, 5],
      },
      {
        key: 'custom:economie-sociale',
        labelFr: 'Économie sociale',
        labelEn: 'Économie sociale',
        count: 1,
        rows: [6],
      },
      { key: 'custom:文化', labelFr: '文化', labelEn: '文化', count: 1, rows: [7] },
    ]);
  });

  it('ignores empty pieces, filler and duplicates', () => {
    const m = createSectorMatcher(sectors);
    expect(m.match('')).toEqual([]);
    expect(m.match(' | ; culture || Culture | - ')).toEqual(['culture']);
    expect(m.customSectors()).toEqual([]);
  });

  // A pathological cell must not hang the import (Vitest's time-out catches a quadratic scan);
  // the repeated piece is one unknown sector, kept once.
  it('reads a cell full of separators', () => {
    const m = createSectorMatcher(sectors);
    expect(m.match('a,'.repeat(5000))).toEqual(['custom:a']);
  });
});

describe('word matching', () => {
  it('needs the words to agree on one sector', () => {
    const m = createSectorMatcher(sectors);
    // "industries" alone is closest to the "industrie" key; with "créatives" it means culture.
    expect(m.match('Industries')).toEqual(['industrie']);
    expect(m.match('mode et textile')).toEqual(['custom:mode-et-textile']);
  });
});
