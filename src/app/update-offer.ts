import { useSyncExternalStore } from 'react';

/**
 * A new version of the app waiting to take over: the function that lets it, or null. Set by
 * the service worker's registration (offline-worker.ts, loaded after the page), read by
 * UpdateNotice; kept out of the store, which holds what the map shows.
 */
let apply: (() => void) | null = null;
const listeners = new Set<() => void>();

export function offerUpdate(next: () => void): void {
  apply = next;
  listeners.forEach((l) => l());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useUpdateOffer(): (() => void) | null {
  return useSyncExternalStore(
    subscribe,
    () => apply,
    () => null,
  );
}
