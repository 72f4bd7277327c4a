import { EPCI_FILE, parseTerritoryCode } from '../data/territory-code';
import { ensureQpvPoints } from './qpv-actions';
import { getState, setState, type AppState } from './store';

type Key = 'territoires' | 'epci';
// The readers come with the first file asked for, not in the first script.
const readers = () => import('../data/territories');
const LOADERS: Record<Key, () => Promise<unknown>> = {
  territoires: () => readers().then((m) => m.loadTerritoires()),
  epci: () => readers().then((m) => m.loadEpci()),
};

/** Fetches a territory file the first time something needs it, and again after a failure. */
function ensure(key: Key): void {
  const current = getState()[key];
  if (current.state === 'loading' || current.state === 'ready') return;
  setState({ [key]: { state: 'loading' } } as Partial<AppState>);
  LOADERS[key]().then(
    (value) => setState({ [key]: { state: 'ready', value } } as Partial<AppState>),
    (error: unknown) => setState({ [key]: { state: 'error', error } } as Partial<AppState>),
  );
}

/** Both territory files (names and populations; intercommunalities). */
export function ensureTerritoryFiles(): void {
  ensure('territoires');
  ensure('epci');
}

export { EPCI_FILE };

/** Opens a territory's profile (its address code); the pole's details give way to it. */
export function openTerritory(code: string): void {
  ensureTerritoryFiles();
  ensureQpvPoints();
  setState((s) => ({
    territory: code,
    selectedId: null,
    selectedQpv: null,
    statsOpen: false,
    territoryRevealSeq: s.territoryRevealSeq + 1,
  }));
}

export function closeTerritory(): void {
  setState({ territory: null });
}

/**
 * Whether the open territory's code names something: null while the files it needs are
 * loading, or when its EPCI file failed (the profile says so itself).
 */
export function territoryKnown(state: AppState): boolean | null {
  if (state.territory === null) return null;
  const ref = parseTerritoryCode(state.territory);
  if (!ref) return false;
  if (ref.kind === 'epci') {
    if (state.epci.state !== 'ready') return null;
    return state.epci.value.some((e) => e.siren === ref.code);
  }
  if (state.territoires.state !== 'ready') return null;
  const data = state.territoires.value;
  return ref.kind === 'reg'
    ? data.regions.some((r) => r.code === ref.code)
    : data.departements.some((d) => d.code === ref.code);
}
