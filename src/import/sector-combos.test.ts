import { describe, expect, it } from 'vitest';
import { NONE_KEY as NO_SECTOR } from '../data/sector-keys';
import { addSectorCounts, countVisible, sectorCombos } from './sector-combos';

describe('sector combinations', () => {
  const sites = [
    { secteurs: ['culture'] },
    { secteurs: ['culture'] },
    { secteurs: ['culture', 'numerique'] },
    { secteurs: [] },
  ];
  const combos = sectorCombos(sites);

  it('groups sites by their set of sectors', () => {
    expect(combos).toEqual([
      { keys: ['culture'], count: 2 },
      { keys: ['culture', 'numerique'], count: 1 },
      { keys: [NO_SECTOR], count: 1 },
    ]);
  });

  it('counts the sites the sector filter leaves visible', () => {
    expect(countVisible(combos, new Set())).toBe(4);
    expect(countVisible(combos, new Set(['culture']))).toBe(2);
    expect(countVisible(combos, new Set(['culture', 'numerique', NO_SECTOR]))).toBe(0);
  });

  it('adds per-sector counts, a site counting for each of its sectors', () => {
    const counts = addSectorCounts(combos, new Map([['culture', 10]]));
    expect(Object.fromEntries(counts)).toEqual({ culture: 13, numerique: 1, [NO_SECTOR]: 1 });
  });
});
