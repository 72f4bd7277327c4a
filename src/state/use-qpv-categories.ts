import { useMemo } from 'react';
import { qpvFilterCategory, type QpvFilterCategory } from '../analysis/qpv-relation';
import type { QpvCategories } from './filters';
import { useAppStore } from './store';

/** The relation category of each analysed pole, for filterPoles and the counts. */
export function useQpvCategories(): QpvCategories {
  const relations = useAppStore((s) => s.qpvRelations);
  return useMemo(
    () =>
      new Map<string, QpvFilterCategory>(
        Object.entries(relations).map(([id, r]) => [id, qpvFilterCategory(r)]),
      ),
    [relations],
  );
}
