import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { LayerMeta } from './layer-format';

/**
 * The light half of layer persistence: the key-value store and the small
 * per-layer metadata. Kept apart from persist.ts so that the main thread can
 * list the stored layers at start-up without loading the import code.
 */

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

let idbStore: UseStore | null = null;

/** The IndexedDB store, opened on first use (there is no IndexedDB in Node tests). */
export function indexedDbStore(): KeyValueStore {
  const store = () => (idbStore ??= createStore('carte-ptce-imports', 'layers'));
  return {
    get: (key) => get(key, store()),
    set: (key, value) => set(key, value, store()),
    del: (key) => del(key, store()),
    keys: async () => (await keys(store())).filter((k): k is string => typeof k === 'string'),
  };
}

export const META_PREFIX = 'meta:';
export const LAYER_PREFIX = 'layer:';

function isMeta(value: unknown): value is LayerMeta {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.id === 'string' &&
    typeof m.name === 'string' &&
    typeof m.fileName === 'string' &&
    typeof m.importedAt === 'string' &&
    typeof m.siteCount === 'number'
  );
}

/** Stored layers, most recent first. */
export async function listLayers(store: KeyValueStore = indexedDbStore()): Promise<LayerMeta[]> {
  const metaKeys = (await store.keys()).filter((k) => k.startsWith(META_PREFIX));
  const metas = await Promise.all(metaKeys.map((k) => store.get(k)));
  return metas.filter(isMeta).sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

export async function removeLayer(
  id: string,
  store: KeyValueStore = indexedDbStore(),
): Promise<void> {
  await store.del(META_PREFIX + id);
  await store.del(LAYER_PREFIX + id);
}
