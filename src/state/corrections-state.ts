import type { PtceRow } from '../data/ptce-schema';

/** What the correction form is open for: an existing pole, or a proposed (missing) one. */
export type CorrectionTarget =
  { mode: 'correct'; id: string } | { mode: 'propose'; draft: PtceRow | null };

export interface PickedPoint {
  lat: number;
  lon: number;
}

export interface CorrectionsState {
  correction: CorrectionTarget | null;
  /** The form waits for a point chosen on the map; map clicks open nothing else meanwhile. */
  mapPick: boolean;
  /** The last point chosen on the map for the form, with a counter so a repeat still counts. */
  pickedPoint: (PickedPoint & { seq: number }) | null;
  /** Poles proposed in this browser (kept in localStorage), shown as draft markers. */
  proposals: PtceRow[];
}

export const INITIAL_CORRECTIONS: CorrectionsState = {
  correction: null,
  mapPick: false,
  pickedPoint: null,
  proposals: [],
};
