import { offerUpdate } from './update-offer';

/** Quiet network for this long after load: the first screen's own files have all come. */
const QUIET_MS = 3000;
/** ...but no later than this after load, even on a page that keeps fetching. */
const LATEST_MS = 20000;

/**
 * Calls `run` once the page's network has been quiet for QUIET_MS (no resource finished), at
 * the latest LATEST_MS after the call.
 */
function whenNetworkQuiet(run: () => void): void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(quiet);
    clearTimeout(latest);
    observer?.disconnect();
    run();
  };
  let quiet = setTimeout(finish, QUIET_MS);
  const latest = setTimeout(finish, LATEST_MS);
  if ('PerformanceObserver' in window) {
    observer = new PerformanceObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, QUIET_MS);
    });
    observer.observe({ type: 'resource' });
  }
}

let started = false;

/**
 * Starts the service worker's registration once the page has loaded, its network is quiet and
 * the browser is idle: the registration's code is a chunk of its own, and the worker's first
 * install downloads the app and its first-screen data (about 570 KB compressed), which must not
 * take a slow phone line from the first screen's files nor delay the first marker. Not in the
 * dev server, which has no worker.
 */
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
      : setTimeout(register, 0);
  const afterLoad = () => whenNetworkQuiet(whenIdle);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
