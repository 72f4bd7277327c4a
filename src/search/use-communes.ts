import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommuneIndex } from '../data/communes';
import { loadCommuneIndex } from './load-communes';

export type CommunesState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; index: CommuneIndex }
  | { state: 'error' };

/**
 * The commune list and `request`, to call when the user starts typing: the files are fetched
 * then, not at start-up. After a failure the next request tries again.
 */
export function useCommunes(): [CommunesState, () => void] {
  const [state, setState] = useState<CommunesState>({ state: 'idle' });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const request = useCallback(() => {
    setState((current) => {
      if (current.state === 'loading' || current.state === 'ready') return current;
      loadCommuneIndex().then(
        (index) => live.current && setState({ state: 'ready', index }),
        () => live.current && setState({ state: 'error' }),
      );
      return { state: 'loading' };
    });
  }, []);
  return [state, request];
}
