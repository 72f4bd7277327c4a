import { offerUpdate } from './update-offer';

/**
 * Starts the service worker's registration once the page has loaded and the browser is idle:
 * the registration's code is a chunk of its own and the worker's first install downloads the
 * app and its first-screen data, neither of which may delay the first marker. Not in the dev
 * server, which has no worker.
 */
let started = false;

export function startOfflineWorker(): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  started = true;
  const register = () =>
    void import('./offline-worker')
      .then(({ registerOfflineWorker }) => registerOfflineWorker(offerUpdate))
      .catch(() => undefined);
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(register, { timeout: 5000 })
      : setTimeout(register, 1000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
