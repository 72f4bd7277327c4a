import { useMemo } from 'react';
import type { Pole } from '../data/types';
import { filterPoles } from './filters';
import { useAppStore } from './store';
import { useFilterContext } from './use-filter-context';

/** The poles the current filters leave, the same for the map, the list, the counts and stats. */
export function useVisiblePoles(poles: readonly Pole[]): Pole[] {
  const filters = useAppStore((s) => s.filters);
  const context = useFilterContext();
  return useMemo(() => filterPoles(poles, filters, context), [poles, filters, context]);
}
