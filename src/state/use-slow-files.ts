import { useEffect, useState } from 'react';
import { nextSlowAt, pendingFiles, slowFiles, subscribePending } from '../data/pending-files';

/** How long a file may take before the interface names it as slow. */
export const SLOW_FILE_MS = 2000;

/** The data files still downloading after `thresholdMs`, kept current as they arrive. */
export function useSlowFiles(thresholdMs = SLOW_FILE_MS): string[] {
  const [slow, setSlow] = useState<string[]>([]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      const now = performance.now();
      const list = pendingFiles();
      const next = slowFiles(list, now, thresholdMs);
      setSlow((prev) => (prev.join('\n') === next.join('\n') ? prev : next));
      const at = nextSlowAt(list, now, thresholdMs);
      if (at !== null) timer = setTimeout(update, at - now);
    };
    const unsubscribe = subscribePending(update);
    timer = setTimeout(update, 0);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [thresholdMs]);
  return slow;
}
