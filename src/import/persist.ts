import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import {
  deserializeLayer,
  layerMeta,
  serializeLayer,
  type ImportedLayer,
  type LayerMeta,
} from './layer-format';

/**
 * Imported layers kept in the browser (IndexedDB through idb-keyval). Each layer
 * is stored twice: its small LayerMeta for the list, and the full layer, so that
 * listing ten layers does not load a million sites.
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

const META = 'meta:';
const LAYER = 'layer:';

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

export async function saveLayer(
  layer: ImportedLayer,
  store: KeyValueStore = indexedDbStore(),
): Promise<void> {
  await store.set(LAYER + layer.id, serializeLayer(layer));
  await store.set(META + layer.id, layerMeta(layer));
}

/** Stored layers, most recent first. */
export async function listLayers(store: KeyValueStore = indexedDbStore()): Promise<LayerMeta[]> {
  const metaKeys = (await store.keys()).filter((k) => k.startsWith(META));
  const metas = await Promise.all(metaKeys.map((k) => store.get(k)));
  return metas.filter(isMeta).sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

/** The full layer, or null when missing or unreadable. */
export async function restoreLayer(
  id: string,
  store: KeyValueStore = indexedDbStore(),
): Promise<ImportedLayer | null> {
  return deserializeLayer(await store.get(LAYER + id));
}

export async function removeLayer(
  id: string,
  store: KeyValueStore = indexedDbStore(),
): Promise<void> {
  await store.del(META + id);
  await store.del(LAYER + id);
}
