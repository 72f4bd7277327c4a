import { useEffect } from 'react';
import { relatePoles } from './qpv-analysis';
import { installQpvBenchHook } from './qpv-bench-hook';
import { useAppStore } from './store';

/** Relates every pole to the QPV once the poles are there, and again when they are reloaded. */
export function useQpvAnalysis(): void {
  const poles = useAppStore((s) => s.poles);
  useEffect(() => {
    if (poles.state === 'ready') void relatePoles(poles.value.poles);
  }, [poles]);
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('bench')) installQpvBenchHook();
  }, []);
}
