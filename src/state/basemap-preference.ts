import { useLayoutEffect } from 'react';
import { setBaseLayer, useAppStore, type BaseLayerId } from './store';

const KEY = 'ptce.basemap';
const IDS: readonly BaseLayerId[] = ['embedded', 'osm', 'ign'];

/** The basemap this browser chose last, or null (nothing kept, or storage unavailable). */
export function storedBaseLayer(storage: Pick<Storage, 'getItem'> | null): BaseLayerId | null {
  try {
    const value = storage?.getItem(KEY) ?? null;
    return IDS.find((id) => id === value) ?? null;
  } catch {
    return null;
  }
}

export function storeBaseLayer(storage: Pick<Storage, 'setItem'> | null, id: BaseLayerId): void {
  try {
    storage?.setItem(KEY, id);
  } catch {
    // Private browsing or a full quota: the choice then lasts for this page only.
  }
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Restores the basemap this browser chose and keeps later choices. Must run before the address
 * sync reads the link: a `basemap` parameter in the link then still wins.
 */
export function useBasemapPreference(): void {
  useLayoutEffect(() => {
    const storage = localStorageOrNull();
    const kept = storedBaseLayer(storage);
    if (kept) setBaseLayer(kept);
    return useAppStore.subscribe((s, prev) => {
      if (s.baseLayer !== prev.baseLayer) storeBaseLayer(storage, s.baseLayer);
    });
  }, []);
}
