import type { QpvFilterCategory } from '../analysis/qpv-relation';
import {
  countByQpvCategory,
  countBySector as sectorEntries,
  countByWave as waveEntries,
  type CountEntry,
} from '../analysis/stats';
import { NONE_KEY, passesSectorFilter } from '../data/sector-keys';
import type { Pole, Wave } from '../data/types';

/** The key under which poles without any sector are filtered and counted. */
export const NO_SECTOR = NONE_KEY;

export interface Filters {
  hiddenSectors: string[];
  /** Codes of the waves (appels.csv) that are unchecked. */
  hiddenAppels: string[];
  onlyMembres: boolean;
  /** Relations to the QPV that are unchecked in "Relation aux QPV". */
  hiddenQpvRelations: QpvFilterCategory[];
  /**
   * The map as it stood at the end of this year: only the poles of the waves announced by
   * then. Null shows every wave.
   */
  year: number | null;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenSectors: [],
  hiddenAppels: [],
  onlyMembres: false,
  hiddenQpvRelations: [],
  year: null,
};

/**
 * The QPV relation category of each pole id, from the spatial analysis. A pole missing from it
 * (analysis not done yet, or failed) counts as 'unknown', here and in the statistics alike.
 */
export type QpvCategories = ReadonlyMap<string, QpvFilterCategory>;

/** The year each wave was announced, by code (from appels.csv). */
export type WaveYears = ReadonlyMap<string, number>;

export function waveYearsOf(waves: readonly Wave[]): WaveYears {
  return new Map(waves.map((w) => [w.code, w.date.year]));
}

/**
 * What the filters are checked against besides the pole itself. A pole missing from
 * `categories` counts as 'unknown'; one whose wave has no year (appels.csv unreadable) passes
 * the year filter, since nothing says it came later.
 */
export interface FilterContext {
  categories?: QpvCategories;
  waveYears?: WaveYears;
}

const NO_CATEGORIES: QpvCategories = new Map();
const NO_CONTEXT: FilterContext = {};

export function qpvCategoryOf(
  pole: Pick<Pole, 'id'>,
  categories: QpvCategories,
): QpvFilterCategory {
  return categories.get(pole.id) ?? 'unknown';
}

type FilterName = 'sector' | 'appel' | 'membres' | 'qpv';

/** Whether the pole's wave had been announced by the end of `year` (null: every wave). */
export function announcedBy(pole: Pick<Pole, 'appel'>, year: number | null, waveYears?: WaveYears) {
  if (year === null) return true;
  const waveYear = waveYears?.get(pole.appel);
  return waveYear === undefined || waveYear <= year;
}

/** Every filter but `skip`, so that a filter's own counts say what checking an entry would show. */
function passesAllBut(
  pole: Pole,
  filters: Filters,
  { categories = NO_CATEGORIES, waveYears }: FilterContext,
  skip: FilterName | null,
): boolean {
  if (!announcedBy(pole, filters.year, waveYears)) return false;
  if (skip !== 'appel' && filters.hiddenAppels.includes(pole.appel)) return false;
  if (skip !== 'membres' && filters.onlyMembres && !pole.membreAssociation) return false;
  if (
    skip !== 'qpv' &&
    filters.hiddenQpvRelations.length > 0 &&
    filters.hiddenQpvRelations.includes(qpvCategoryOf(pole, categories))
  ) {
    return false;
  }
  if (skip !== 'sector' && !passesSectorFilter(pole, new Set(filters.hiddenSectors))) return false;
  return true;
}

export function filterPoles(
  poles: readonly Pole[],
  filters: Filters,
  context: FilterContext = NO_CONTEXT,
): Pole[] {
  return poles.filter((p) => passesAllBut(p, filters, context, null));
}

function toMap<K extends string>(entries: CountEntry<K>[]): Map<K, number> {
  return new Map(entries.map((e) => [e.key, e.count]));
}

/**
 * Poles per sector key among those that pass the non-sector filters, so a sector's count says
 * how many poles checking it would show.
 */
export function countBySector(
  poles: readonly Pole[],
  filters: Filters,
  context: FilterContext = NO_CONTEXT,
): Map<string, number> {
  return toMap(sectorEntries(poles.filter((p) => passesAllBut(p, filters, context, 'sector'))));
}

/** Poles per wave among those that pass the other filters (the year included), every wave listed. */
export function countByWave(
  poles: readonly Pole[],
  waves: readonly Wave[],
  filters: Filters,
  context: FilterContext = NO_CONTEXT,
): Map<string, number> {
  const shown = poles.filter((p) => passesAllBut(p, filters, context, 'appel'));
  return toMap(waveEntries(shown, waves));
}

/** Poles per QPV relation among those that pass the other filters, every category listed. */
export function countByQpvRelation(
  poles: readonly Pole[],
  filters: Filters,
  context: FilterContext,
): Map<QpvFilterCategory, number> {
  const shown = poles.filter((p) => passesAllBut(p, filters, context, 'qpv'));
  return toMap(countByQpvCategory(shown, context.categories ?? NO_CATEGORIES));
}

export function toggleIn<T>(list: readonly T[], value: T, present: boolean): T[] {
  const without = list.filter((v) => v !== value);
  return present ? [...without, value] : without;
}
