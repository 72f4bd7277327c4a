import type { Epci, TerritoiresData } from '../data/territories';
import type { LazyLoadable } from './qpv-state';

/** The territory profile: which one is open (its address code) and the files it reads. */
export interface TerritoryState {
  /** `dep-21`, `reg-27`, `epci-242100410`, or null when no profile is open. */
  territory: string | null;
  /** Bumped when the open territory must be framed on the map. */
  territoryRevealSeq: number;
  territoires: LazyLoadable<TerritoiresData>;
  epci: LazyLoadable<Epci[]>;
}

export const INITIAL_TERRITORY_STATE: TerritoryState = {
  territory: null,
  territoryRevealSeq: 0,
  territoires: { state: 'idle' },
  epci: { state: 'idle' },
};
