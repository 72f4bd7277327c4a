import type { QpvRelation } from '../analysis/qpv-relation';
import type { NearbyQpv, PlaceAnswer, QpvServiceInfo } from '../analysis/qpv-service';
import type { QpvRecord } from '../data/qpv-types';
import type { QpvPointsData } from '../data/qpv-points';

/** Like the store's Loadable, plus 'idle': QPV files are only fetched once something needs them. */
export type LazyLoadable<T> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'error'; error: unknown };

/** A place whose relation to the QPV was asked: a map click, or a commune centre. */
export type CheckedPlace =
  | { kind: 'point'; lon: number; lat: number }
  | { kind: 'commune'; lon: number; lat: number; insee: string; nom: string };

export type PlaceCheck =
  | { state: 'idle' }
  | { state: 'pending'; place: CheckedPlace }
  | { state: 'done'; place: CheckedPlace; answer: PlaceAnswer }
  | { state: 'error'; place: CheckedPlace; error: unknown };

/**
 * Everything about the QPV. The switches (layer, place mode, stats, selected QPV code) are plain
 * values, so they can be written to and read from the URL; the rest is loaded or computed.
 */
export interface QpvState {
  qpvLayer: boolean;
  placeCheckMode: boolean;
  statsOpen: boolean;
  /** Code of the QPV whose panel is open. */
  selectedQpv: string | null;
  /** Bumped when the selected QPV must be brought into view. */
  qpvRevealSeq: number;
  qpvPoints: LazyLoadable<QpvPointsData>;
  qpvShapes: LazyLoadable<QpvRecord[]>;
  /** The full-resolution index in the worker. */
  qpvAnalysis: LazyLoadable<QpvServiceInfo>;
  /** Per pole id; a pole missing here has not been analysed yet. */
  qpvRelations: Record<string, QpvRelation>;
  qpvNearby: Record<string, NearbyQpv[]>;
  placeCheck: PlaceCheck;
}

export const INITIAL_QPV_STATE: QpvState = {
  qpvLayer: false,
  placeCheckMode: false,
  statsOpen: false,
  selectedQpv: null,
  qpvRevealSeq: 0,
  qpvPoints: { state: 'idle' },
  qpvShapes: { state: 'idle' },
  qpvAnalysis: { state: 'idle' },
  qpvRelations: {},
  qpvNearby: {},
  placeCheck: { state: 'idle' },
};
