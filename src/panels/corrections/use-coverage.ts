import { useMemo } from 'react';
import { coverage, type Coverage } from '../../analysis/coverage';
import type { PolesData } from '../../data/load-reference';
import { wavesBy } from '../../data/waves';
import { useAppStore } from '../../state/store';

/**
 * The coverage of the official lists for the waves announced by the year shown, or why it
 * cannot be stated (appels.csv unreadable).
 */
export function useCoverage(
  data: PolesData,
): { state: 'ready'; value: Coverage } | { state: 'error'; error: unknown } | null {
  const year = useAppStore((s) => s.filters.year);
  return useMemo(() => {
    if (data.wavesError !== undefined) return { state: 'error', error: data.wavesError };
    const waves = wavesBy(data.waves, year);
    if (waves.length === 0) return null;
    return { state: 'ready', value: coverage(data.poles, waves) };
  }, [data, year]);
}
