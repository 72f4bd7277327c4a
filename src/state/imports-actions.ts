import type { ImportJob, ImportsState } from './imports-state';
import { parseSiteSelection } from './site-selection';
import { getState, setState } from './store';

/** Store updates for the imported layers; the worker plumbing is in src/import-ui/layer-client.ts. */

export function patchImports(patch: Partial<ImportsState>) {
  setState((s) => ({ imports: { ...s.imports, ...patch } }));
}

export function setImportJob(job: ImportJob) {
  patchImports({ job });
}

export function setLayerVisible(layerId: string, visible: boolean) {
  setState((s) => {
    const without = s.hiddenLayerIds.filter((id) => id !== layerId);
    const hiddenLayerIds = visible ? without : [...without, layerId];
    // A site of a layer switched off cannot stay open in the details.
    const selected = parseSiteSelection(s.selectedId);
    const selectedId = !visible && selected?.layerId === layerId ? null : s.selectedId;
    return { hiddenLayerIds, selectedId };
  });
}

export function visibleLayerIds(): string[] {
  const { imports, hiddenLayerIds } = getState();
  return imports.layers.map((l) => l.id).filter((id) => !hiddenLayerIds.includes(id));
}
