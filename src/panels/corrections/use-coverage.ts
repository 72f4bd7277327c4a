import { useMemo } from 'react';
import { coverage, type Coverage } from '../../analysis/coverage';
import type { PolesData } from '../../data/load-reference';

/** The coverage of the official lists, or why it cannot be stated (appels.csv unreadable). */
export function useCoverage(
  data: PolesData,
): { state: 'ready'; value: Coverage } | { state: 'error'; error: unknown } | null {
  return useMemo(() => {
    const appels = data.appels;
    if (!appels) return null;
    if (appels.state === 'error') return { state: 'error', error: appels.error };
    if (appels.calls.length === 0) return null;
    return { state: 'ready', value: coverage(data.poles, appels.calls) };
  }, [data]);
}
