import { useCallback, useEffect, useState } from 'react';
import type { LazyLoadable } from '../../state/qpv-state';
import type { CommuneIndex } from '../../data/communes';
import { loadCommuneIndex } from './load-commune-index';

/** One load per page: the two commune tables weigh about 1.9 MB and do not change. */
let shared: Promise<CommuneIndex> | null = null;

function load(): Promise<CommuneIndex> {
  shared ??= loadCommuneIndex().catch((e: unknown) => {
    shared = null;
    throw e;
  });
  return shared;
}

/** The commune tables, loaded when the place check first opens; `retry` after a failure. */
export function useCommuneIndex(): LazyLoadable<CommuneIndex> & { retry: () => void } {
  const [state, setState] = useState<LazyLoadable<CommuneIndex>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ state: 'ready', value }),
      (error: unknown) => live && setState({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}
