import { loadQpvPoints, loadQpvShapes } from '../data/load-qpv';
import { getState, setState, type AppState } from './store';
import type { CheckedPlace, LazyLoadable } from './qpv-state';

type LazyKey = 'qpvPoints' | 'qpvShapes';

const LOADERS: Record<LazyKey, () => Promise<unknown>> = {
  qpvPoints: loadQpvPoints,
  qpvShapes: loadQpvShapes,
};

/** Fetches a QPV file the first time something needs it, and again after a failure. */
function ensure(key: LazyKey): void {
  const current: LazyLoadable<unknown> = getState()[key];
  if (current.state === 'loading' || current.state === 'ready') return;
  setState({ [key]: { state: 'loading' } } as Partial<AppState>);
  LOADERS[key]().then(
    (value) => setState({ [key]: { state: 'ready', value } } as Partial<AppState>),
    (error: unknown) => setState({ [key]: { state: 'error', error } } as Partial<AppState>),
  );
}

export function ensureQpvPoints(): void {
  ensure('qpvPoints');
}

export function ensureQpvShapes(): void {
  ensure('qpvShapes');
}

export function setQpvLayer(on: boolean): void {
  setState({ qpvLayer: on });
  if (on) ensureQpvPoints();
}

/** Opens the panel of a QPV (its facts come from the points file) or closes it with null. */
export function selectQpv(code: string | null): void {
  setState({ selectedQpv: code });
  if (code) ensureQpvPoints();
}

/** Brings the open QPV into view, with its outline once the contours are loaded. */
export function revealSelectedQpv(): void {
  ensureQpvShapes();
  setState((s) => ({ qpvRevealSeq: s.qpvRevealSeq + 1 }));
}

export function setPlaceCheckMode(on: boolean): void {
  setState({ placeCheckMode: on });
}

export function setStatsOpen(open: boolean): void {
  setState({ statsOpen: open });
}

export function clearPlaceCheck(): void {
  setState({ placeCheck: { state: 'idle' } });
}

export type { CheckedPlace };
