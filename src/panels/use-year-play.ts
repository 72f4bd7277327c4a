import { useEffect, useState } from 'react';
import { getState, setFilters } from '../state/store';

/** How long each year stays on the map while playing. */
export const PLAY_STEP_MS = 1200;

/** The year after `year` on the way to `last` (null, every wave, once `last` is reached). */
export function nextYear(year: number, last: number): number | null {
  return year + 1 >= last ? null : year + 1;
}

/**
 * Play steps the map through the years, from the first (or the year shown, when one is) to
 * the last, then stops on every wave. Any other change of the year by the user stops it.
 */
export function useYearPlay(range: readonly [number, number] | null) {
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing || !range) return;
    const [first, last] = range;
    // Poles that appear fade in while playing, unless the user prefers reduced motion (CSS).
    document.body.classList.add('year-playing');
    if (getState().filters.year === null) setFilters({ year: first });
    const timer = setInterval(() => {
      const year = getState().filters.year;
      const next = year === null ? null : nextYear(year, last);
      setFilters({ year: next });
      if (next === null) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => {
      clearInterval(timer);
      document.body.classList.remove('year-playing');
    };
  }, [playing, range]);

  return { playing, setPlaying };
}
