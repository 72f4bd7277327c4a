import { indexedDbStore, LAYER_PREFIX, META_PREFIX, type KeyValueStore } from './layer-index';
import { deserializeLayer, layerMeta, serializeLayer, type ImportedLayer } from './layer-format';

/**
 * Imported layers kept in the browser (IndexedDB through idb-keyval). Each layer
 * is stored twice: its small LayerMeta for the list, and the full layer, so that
 * listing ten layers does not load a million sites. Listing and removal live in
 * layer-index.ts, which does not pull in the import code.
 */

export { indexedDbStore, listLayers, removeLayer, type KeyValueStore } from './layer-index';

export async function saveLayer(
  layer: ImportedLayer,
  store: KeyValueStore = indexedDbStore(),
): Promise<void> {
  await store.set(LAYER_PREFIX + layer.id, serializeLayer(layer));
  await store.set(META_PREFIX + layer.id, layerMeta(layer));
}

/** The full layer, or null when missing or unreadable. */
export async function restoreLayer(
  id: string,
  store: KeyValueStore = indexedDbStore(),
): Promise<ImportedLayer | null> {
  return deserializeLayer(await store.get(LAYER_PREFIX + id));
}
