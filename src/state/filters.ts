import type { Appel, Pole } from '../data/types';

/** The key under which poles without any sector are filtered and counted. */
export const NO_SECTOR = '__none__';

export interface Filters {
  hiddenSectors: string[];
  hiddenAppels: Appel[];
  onlyMembres: boolean;
}

export const DEFAULT_FILTERS: Filters = { hiddenSectors: [], hiddenAppels: [], onlyMembres: false };

export function sectorKeysOf(pole: Pick<Pole, 'secteurs'>): string[] {
  return pole.secteurs.length > 0 ? pole.secteurs : [NO_SECTOR];
}

/** A pole stays visible while at least one of its sectors is checked. */
export function passesSectorFilter(pole: Pick<Pole, 'secteurs'>, hidden: ReadonlySet<string>) {
  return sectorKeysOf(pole).some((k) => !hidden.has(k));
}

function passesOtherFilters(pole: Pole, filters: Filters): boolean {
  if (filters.hiddenAppels.includes(pole.appel)) return false;
  if (filters.onlyMembres && !pole.membreAssociation) return false;
  return true;
}

export function filterPoles(poles: readonly Pole[], filters: Filters): Pole[] {
  const hidden = new Set(filters.hiddenSectors);
  return poles.filter((p) => passesOtherFilters(p, filters) && passesSectorFilter(p, hidden));
}

/**
 * Poles per sector key among those that pass the non-sector filters, so a sector's count says
 * how many poles checking it would show.
 */
export function countBySector(poles: readonly Pole[], filters: Filters): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of poles) {
    if (!passesOtherFilters(p, filters)) continue;
    for (const k of sectorKeysOf(p)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export function countByAppel(poles: readonly Pole[]): Map<Appel, number> {
  const counts = new Map<Appel, number>();
  for (const p of poles) counts.set(p.appel, (counts.get(p.appel) ?? 0) + 1);
  return counts;
}

export function toggleIn<T>(list: readonly T[], value: T, present: boolean): T[] {
  const without = list.filter((v) => v !== value);
  return present ? [...without, value] : without;
}
