import { useCallback, useEffect } from 'react';
import { loadBasemap, loadPoles, loadQuartiersCibles } from '../data/load-reference';
import { setState, type AppState } from './store';

type Key = 'poles' | 'basemap' | 'quartiers';

const LOADERS = {
  poles: loadPoles,
  basemap: loadBasemap,
  quartiers: loadQuartiersCibles,
} as const;

/** Started at once: the poles are the content, and their files are small. */
const FIRST: Key[] = ['poles'];
/**
 * Started after the first paint: the basemap weighs almost a megabyte and would otherwise
 * compete with the poles and the interface for the network and the main thread.
 */
const AFTER_FIRST_PAINT: Key[] = ['basemap', 'quartiers'];

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

/** Calls `then` once the frame being prepared has been painted. */
function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Loads the shipped files independently, so one failing file leaves the others usable. */
export function useReferenceData() {
  useEffect(() => {
    const ctrl = new AbortController();
    FIRST.forEach((k) => run(k, ctrl.signal));
    const cancel = afterNextPaint(() => AFTER_FIRST_PAINT.forEach((k) => run(k, ctrl.signal)));
    return () => {
      cancel();
      ctrl.abort();
    };
  }, []);
  return useCallback((key: Key) => run(key), []);
}
