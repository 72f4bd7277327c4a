import { useEffect } from 'react';
import { relateReferencePoles } from './qpv-analysis';
import { installQpvBenchHook } from './qpv-bench-hook';
import { useAppStore } from './store';

/** Runs `task` once the page is idle, so the 4 MB QPV file does not compete with the first paint. */
function whenIdle(task: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(task, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}

// Read when the app starts: the address sync rewrites the address to its canonical form,
// without the parameters it does not know (this one), before any effect runs.
const BENCH_REQUESTED = new URLSearchParams(window.location.search).has('bench');

/**
 * Relates every pole to the QPV once the poles are there (from the build's file, else in the
 * worker), and again when they are reloaded.
 */
export function useQpvAnalysis(): void {
  const poles = useAppStore((s) => s.poles);
  useEffect(() => {
    if (poles.state !== 'ready') return;
    let cancel = () => {};
    let active = true;
    void relateReferencePoles(poles.value, (task) => {
      if (active) cancel = whenIdle(task);
    });
    return () => {
      active = false;
      cancel();
    };
  }, [poles]);
  useEffect(() => {
    if (BENCH_REQUESTED) installQpvBenchHook();
  }, []);
}
