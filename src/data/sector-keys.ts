import type { Pole } from './types';

/**
 * The key for poles (and imported sites) with no sector, or no region: one value for the
 * filter, the counts and the link, so that "aucun" means the same everywhere.
 */
export const NONE_KEY = '__none__';

/** The keys a pole is filtered and counted under: its sectors, or the "none" bucket. */
export function sectorKeysOf(pole: Pick<Pole, 'secteurs'>): string[] {
  return pole.secteurs.length > 0 ? pole.secteurs : [NONE_KEY];
}

/** A pole or site stays visible while at least one of its sectors is checked. */
export function passesSectorFilter(pole: Pick<Pole, 'secteurs'>, hidden: ReadonlySet<string>) {
  return sectorKeysOf(pole).some((k) => !hidden.has(k));
}
