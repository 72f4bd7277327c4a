import { NONE_KEY, passesSectorFilter } from '../data/sector-keys';

/**
 * How many sites of a layer carry each distinct set of sector keys. A layer of
 * 100,000 sites has a few hundred combinations at most in practice, so the main
 * thread can count what the sector filters leave visible without the sites.
 */
export interface SectorCombo {
  /** Sector keys of the sites in this group (NONE_KEY for sites without any). */
  keys: string[];
  count: number;
}

export function sectorCombos(sites: readonly { secteurs: readonly string[] }[]): SectorCombo[] {
  const groups = new Map<string, SectorCombo>();
  for (const site of sites) {
    const keys = site.secteurs.length > 0 ? [...site.secteurs] : [NONE_KEY];
    const id = keys.join('\u0000');
    const group = groups.get(id);
    if (group) group.count++;
    else groups.set(id, { keys, count: 1 });
  }
  return [...groups.values()];
}

/** Sites left visible by the sector filter: those with at least one checked sector. */
export function countVisible(combos: readonly SectorCombo[], hidden: ReadonlySet<string>): number {
  let n = 0;
  for (const c of combos) if (passesSectorFilter({ secteurs: c.keys }, hidden)) n += c.count;
  return n;
}

/** Sites per sector key (a site with two sectors counts for both), added into `into`. */
export function addSectorCounts(
  combos: readonly SectorCombo[],
  into: Map<string, number>,
): Map<string, number> {
  for (const c of combos) for (const k of c.keys) into.set(k, (into.get(k) ?? 0) + c.count);
  return into;
}
