import type { CommuneSet } from '../data/commune-set';
import { loadCommuneSet } from '../data/communes-client';
import { isUnreachable } from '../data/offline-failure';
import { getState, setState } from './store';

/** One département's communes: asked for, ready, or left out after a failure. */
export type CommunesLoad =
  { state: 'loading' } | { state: 'ready'; value: CommuneSet } | { state: 'error'; error: unknown };

const queue: string[] = [];
let busy = false;
const waiters = new Map<string, ((load: CommunesLoad) => void)[]>();

function put(dep: string, load: CommunesLoad) {
  setState((s) => ({ communes: { ...s.communes, [dep]: load } }));
  if (load.state !== 'loading') {
    waiters.get(dep)?.forEach((w) => w(load));
    waiters.delete(dep);
  }
}

/** Files are fetched one at a time, in the order the view asked for them. */
function pump() {
  if (busy) return;
  const dep = queue.shift();
  if (dep === undefined) return;
  busy = true;
  loadCommuneSet(dep)
    .then(
      (value) => put(dep, { state: 'ready', value }),
      (error: unknown) => put(dep, { state: 'error', error }),
    )
    .finally(() => {
      busy = false;
      pump();
    });
}

/**
 * Asks for the communes of these départements, nearest first. A file is fetched once: a
 * département whose file failed stays without communes until the page is reloaded.
 */
export function ensureCommunes(deps: readonly string[]): void {
  const known = getState().communes;
  const fresh = deps.filter((d) => !known[d] && !queue.includes(d));
  if (fresh.length === 0) return;
  setState((s) => {
    const next = { ...s.communes };
    for (const d of fresh) next[d] = { state: 'loading' };
    return { communes: next };
  });
  // The latest view comes first: files still queued for a view already left wait behind.
  queue.unshift(...fresh);
  pump();
}

/** The communes of one département, fetched if needed. */
export function communesOf(dep: string): Promise<CommunesLoad> {
  const current = getState().communes[dep];
  if (current && current.state !== 'loading') return Promise.resolve(current);
  const done = new Promise<CommunesLoad>((resolve) =>
    waiters.set(dep, [...(waiters.get(dep) ?? []), resolve]),
  );
  ensureCommunes([dep]);
  return done;
}

/**
 * Forgets the départements whose file could not be reached (offline, never stored by the
 * service worker), so that the next view fetches them again: called when the network is back.
 */
export function retryUnreachableCommunes(): void {
  const known = getState().communes;
  const unreachable = Object.keys(known).filter((dep) => {
    const load = known[dep]!;
    return load.state === 'error' && isUnreachable(load.error);
  });
  if (unreachable.length === 0) return;
  setState((s) => ({
    communes: Object.fromEntries(
      Object.entries(s.communes).filter(([dep]) => !unreachable.includes(dep)),
    ),
  }));
}
