import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters';
import { filterWords, viewTitle, type ViewWords } from './view-title';

const words: ViewWords = {
  base: 'Les PTCE',
  sectorLabel: (k) => ({ culture: 'Culture', numerique: 'Numérique' })[k] ?? k,
  appelLabel: (c) => ({ 'AAP1-2014': '1er appel (2014)', 'AAP2-2016': '2e appel (2016)' })[c] ?? c,
  qpvLabel: (q) => (q === 'in' ? 'dans un QPV' : q),
  hiddenSectors: (l) => `Secteurs masqués : ${l}`,
  hiddenAppels: (l) => `Appels masqués : ${l}`,
  hiddenQpv: (l) => `Relations masquées : ${l}`,
  onlyMembres: 'Membres seulement',
  around: (b, p) => `${b} – ${p}`,
  withWaves: (b, w) => `${b}, ${w}`,
  atYear: (b, y) => `${b}, fin ${y}`,
  year: (y) => `Carte à la fin de ${y}`,
};
const WAVES = ['AAP1-2014', 'AAP2-2016'];

describe('the title and the filters in words', () => {
  it('is the base alone when nothing is filtered', () => {
    expect(viewTitle(DEFAULT_FILTERS, WAVES, null, words)).toBe('Les PTCE');
    expect(filterWords(DEFAULT_FILTERS, words)).toEqual([]);
  });

  it('names the waves shown when one is hidden, and the place chosen', () => {
    const filters = { ...DEFAULT_FILTERS, hiddenAppels: ['AAP1-2014' as const] };
    expect(viewTitle(filters, WAVES, 'Dijon', words)).toBe('Les PTCE, 2e appel (2016) – Dijon');
  });

  it('does not name waves when every wave is hidden (nothing shown)', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      hiddenAppels: ['AAP1-2014' as const, 'AAP2-2016' as const],
    };
    expect(viewTitle(filters, WAVES, null, words)).toBe('Les PTCE');
  });

  it('names the year when the map shows a past one', () => {
    const filters = { ...DEFAULT_FILTERS, year: 2016 };
    expect(viewTitle(filters, WAVES, 'Dijon', words)).toBe('Les PTCE, fin 2016 – Dijon');
    expect(filterWords(filters, words)).toEqual(['Carte à la fin de 2016']);
  });

  it('says every active filter, in the order of the panel', () => {
    const filters = {
      hiddenSectors: ['culture', 'numerique'],
      hiddenAppels: ['AAP2-2016' as const],
      onlyMembres: true,
      hiddenQpvRelations: ['in' as const],
      year: null,
    };
    expect(filterWords(filters, words)).toEqual([
      'Secteurs masqués : Culture, Numérique',
      'Appels masqués : 2e appel (2016)',
      'Membres seulement',
      'Relations masquées : dans un QPV',
    ]);
  });
});
