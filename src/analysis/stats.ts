import { NONE_KEY, sectorKeysOf } from '../data/sector-keys';
import type { Pole, Wave } from '../data/types';
import { QPV_FILTER_CATEGORIES, type QpvFilterCategory } from './qpv-relation';

export { NONE_KEY };

export interface CountEntry<K extends string = string> {
  key: K;
  count: number;
}

function tally(keysPerPole: Iterable<Iterable<string>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const keys of keysPerPole) {
    // A pole listing a key twice still counts once for it.
    for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Largest first, ties by name; the "none" bucket last whatever its size. */
function byCountThenKey(counts: Map<string, number>): CountEntry[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => {
      if ((a.key === NONE_KEY) !== (b.key === NONE_KEY)) return a.key === NONE_KEY ? 1 : -1;
      return b.count - a.count || a.key.localeCompare(b.key, 'fr');
    });
}

/** A pole with several sectors counts once in each, so the counts may add up to more than the poles. */
export function countBySector(poles: readonly Pole[]): CountEntry[] {
  return byCountThenKey(tally(poles.map(sectorKeysOf)));
}

export function countByRegion(poles: readonly Pole[]): CountEntry[] {
  return byCountThenKey(tally(poles.map((p) => [p.region.trim() || NONE_KEY])));
}

/**
 * Every wave of `waves` (appels.csv, in date order), zero counts included so the rows stay
 * stable.
 */
export function countByWave(poles: readonly Pole[], waves: readonly Wave[]): CountEntry[] {
  const counts = tally(poles.map((p) => [p.appel]));
  return waves.map((w) => ({ key: w.code, count: counts.get(w.code) ?? 0 }));
}

/**
 * Every QPV category in its fixed order, zero counts included. A pole missing from the map has
 * not been analysed (no QPV data yet, or no location) and counts as 'unknown'.
 */
export function countByQpvCategory(
  poles: readonly Pole[],
  categories: ReadonlyMap<string, QpvFilterCategory>,
): CountEntry<QpvFilterCategory>[] {
  const counts = tally(poles.map((p) => [categories.get(p.id) ?? 'unknown']));
  return QPV_FILTER_CATEGORIES.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}
