import { patchImports } from '../state/imports-actions';
import { loadLayerClient } from './load-client';

const LIST_TIMEOUT_MS = 5000;

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));
}

let started = false;

/**
 * At start-up, lists the layers kept in IndexedDB (a few small records) and,
 * only if there are any, loads the import worker to bring them back.
 */
export async function restoreStoredLayers(): Promise<void> {
  if (started) return;
  started = true;
  patchImports({ storage: 'checking' });
  let ids: string[];
  try {
    if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
    const { listLayers } = await import('../import/layer-index');
    ids = (await Promise.race([listLayers(), timeout(LIST_TIMEOUT_MS)])).map((m) => m.id);
  } catch {
    patchImports({ storage: 'unavailable' });
    return;
  }
  if (ids.length === 0) {
    patchImports({ storage: 'ready' });
    return;
  }
  try {
    const client = await loadLayerClient();
    client.restoreLayers([...ids].reverse());
  } catch {
    patchImports({ storage: 'unavailable' });
  }
}
