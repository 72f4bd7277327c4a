import { useState } from 'react';

/**
 * True from the first render where `condition` is true, and for good: code loaded on first
 * need stays mounted, so that going back and forth does not unmount and reload it.
 */
export function useLatch(condition: boolean): boolean {
  const [latched, setLatched] = useState(condition);
  if (condition && !latched) setLatched(true);
  return latched || condition;
}
