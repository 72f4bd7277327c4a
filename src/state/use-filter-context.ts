import { useMemo } from 'react';
import { waveYearsOf, type FilterContext } from './filters';
import { useAppStore } from './store';
import { useQpvCategories } from './use-qpv-categories';

const NO_WAVES: never[] = [];

/** What filterPoles and the counts check the poles against: QPV relations and wave years. */
export function useFilterContext(): FilterContext {
  const categories = useQpvCategories();
  const waves = useAppStore((s) => (s.poles.state === 'ready' ? s.poles.value.waves : NO_WAVES));
  const waveYears = useMemo(() => waveYearsOf(waves), [waves]);
  return useMemo(() => ({ categories, waveYears }), [categories, waveYears]);
}
