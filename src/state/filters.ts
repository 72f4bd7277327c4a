import type { QpvFilterCategory } from '../analysis/qpv-relation';
import {
  countByAppel as appelEntries,
  countByQpvCategory,
  countBySector as sectorEntries,
  type CountEntry,
} from '../analysis/stats';
import { NONE_KEY, passesSectorFilter } from '../data/sector-keys';
import type { Appel, Pole } from '../data/types';

/** The key under which poles without any sector are filtered and counted. */
export const NO_SECTOR = NONE_KEY;

export interface Filters {
  hiddenSectors: string[];
  hiddenAppels: Appel[];
  onlyMembres: boolean;
  /** Relations to the QPV that are unchecked in "Relation aux QPV". */
  hiddenQpvRelations: QpvFilterCategory[];
}

export const DEFAULT_FILTERS: Filters = {
  hiddenSectors: [],
  hiddenAppels: [],
  onlyMembres: false,
  hiddenQpvRelations: [],
};

/**
 * The QPV relation category of each pole id, from the spatial analysis. A pole missing from it
 * (analysis not done yet, or failed) counts as 'unknown', here and in the statistics alike.
 */
export type QpvCategories = ReadonlyMap<string, QpvFilterCategory>;

const NO_CATEGORIES: QpvCategories = new Map();

export function qpvCategoryOf(
  pole: Pick<Pole, 'id'>,
  categories: QpvCategories,
): QpvFilterCategory {
  return categories.get(pole.id) ?? 'unknown';
}

type FilterName = 'sector' | 'appel' | 'membres' | 'qpv';

/** Every filter but `skip`, so that a filter's own counts say what checking an entry would show. */
function passesAllBut(
  pole: Pole,
  filters: Filters,
  categories: QpvCategories,
  skip: FilterName | null,
): boolean {
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
  categories: QpvCategories = NO_CATEGORIES,
): Pole[] {
  return poles.filter((p) => passesAllBut(p, filters, categories, null));
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
  categories: QpvCategories = NO_CATEGORIES,
): Map<string, number> {
  return toMap(sectorEntries(poles.filter((p) => passesAllBut(p, filters, categories, 'sector'))));
}

export function countByAppel(poles: readonly Pole[]): Map<Appel, number> {
  return toMap(appelEntries(poles));
}

/** Poles per QPV relation among those that pass the other filters, every category listed. */
export function countByQpvRelation(
  poles: readonly Pole[],
  filters: Filters,
  categories: QpvCategories,
): Map<QpvFilterCategory, number> {
  const shown = poles.filter((p) => passesAllBut(p, filters, categories, 'qpv'));
  return toMap(countByQpvCategory(shown, categories));
}

export function toggleIn<T>(list: readonly T[], value: T, present: boolean): T[] {
  const without = list.filter((v) => v !== value);
  return present ? [...without, value] : without;
}
