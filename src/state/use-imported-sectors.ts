import { useMemo } from 'react';
import { addSectorCounts } from '../import/sector-combos';
import { useAppStore } from './store';

/**
 * The sector filter's view of the imported layers: sites per sector key in
 * the visible layers, and the sectors outside the taxonomy (labelled with the
 * text of the file) as their own entries.
 */
export function useImportedSectors() {
  const layers = useAppStore((s) => s.imports.layers);
  const hiddenLayerIds = useAppStore((s) => s.hiddenLayerIds);
  return useMemo(() => {
    const counts = new Map<string, number>();
    const custom = new Map<string, string>();
    for (const layer of layers) {
      for (const c of layer.customSectors) if (!custom.has(c.key)) custom.set(c.key, c.label);
      if (!hiddenLayerIds.includes(layer.id)) addSectorCounts(layer.combos, counts);
    }
    return { counts, custom: [...custom].map(([key, label]) => ({ key, label })) };
  }, [layers, hiddenLayerIds]);
}
