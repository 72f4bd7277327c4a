import { useEffect, useState } from 'react';
import { useLatch } from './use-latch';

/**
 * A module fetched on demand, without React.lazy: React 19 holds a Suspense boundary's content
 * back until 300 ms after its fallback was shown (its "fallback throttle"), so a chunk that
 * arrives in 30 ms still appeared 300 ms after the click that asked for it.
 */
export interface LazyModule<T> {
  /** Starts the download once; the same promise for every caller. A failure is forgotten. */
  load(): Promise<T>;
  /** The module, once loaded; null before. */
  current(): T | null;
}

export function lazyModule<T>(loader: () => Promise<T>): LazyModule<T> {
  let pending: Promise<T> | null = null;
  let value: T | null = null;
  return {
    load() {
      pending ??= loader().then(
        (m) => (value = m),
        (e: unknown) => {
          // A chunk that failed (a network drop, a new deployment) is asked for again next time.
          pending = null;
          throw e;
        },
      );
      return pending;
    },
    current: () => value,
  };
}

/**
 * The module once `wanted` has been true, for good (a layer or panel stays mounted once used):
 * null until then, and until it is loaded. A failure to load is thrown during rendering, for the
 * error boundary, as React.lazy does.
 */
export function useLazyModule<T>(lazy: LazyModule<T>, wanted: boolean): T | null {
  const used = useLatch(wanted);
  const [value, setValue] = useState<T | null>(lazy.current);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  // Loaded already (a prefetch): no effect, no second render.
  const ready = value ?? lazy.current();
  const need = used && ready === null;
  useEffect(() => {
    if (!need) return;
    let live = true;
    lazy.load().then(
      (m) => live && setValue(() => m),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [lazy, need]);
  if (failure) throw failure.error;
  return used ? ready : null;
}
