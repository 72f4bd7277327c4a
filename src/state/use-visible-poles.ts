import { useMemo } from 'react';
import type { Pole } from '../data/types';
import { filterPoles } from './filters';
import { useAppStore } from './store';
import { useQpvCategories } from './use-qpv-categories';

/** The poles the current filters leave, the same for the map, the list, the counts and stats. */
export function useVisiblePoles(poles: readonly Pole[]): Pole[] {
  const filters = useAppStore((s) => s.filters);
  const categories = useQpvCategories();
  return useMemo(() => filterPoles(poles, filters, categories), [poles, filters, categories]);
}
