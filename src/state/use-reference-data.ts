import { useCallback, useEffect } from 'react';
import { loadBasemap, loadPoles, loadQuartiersCibles } from '../data/load-reference';
import { setState, type AppState } from './store';

type Key = 'poles' | 'basemap' | 'quartiers';

const LOADERS = {
  poles: loadPoles,
  basemap: loadBasemap,
  quartiers: loadQuartiersCibles,
} as const;

function run(key: Key, signal?: AbortSignal) {
  setState({ [key]: { state: 'loading' } } as Partial<AppState>);
  LOADERS[key](signal).then(
    (value) => {
      if (!signal?.aborted) setState({ [key]: { state: 'ready', value } } as Partial<AppState>);
    },
    (error: unknown) => {
      if (!signal?.aborted) setState({ [key]: { state: 'error', error } } as Partial<AppState>);
    },
  );
}

/** Loads the shipped files independently, so one failing file leaves the others usable. */
export function useReferenceData() {
  useEffect(() => {
    const ctrl = new AbortController();
    (Object.keys(LOADERS) as Key[]).forEach((k) => run(k, ctrl.signal));
    return () => ctrl.abort();
  }, []);
  return useCallback((key: Key) => run(key), []);
}
