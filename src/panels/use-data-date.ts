import { useEffect, useRef, useState } from 'react';
import { loadDataDate } from '../data/data-version';

/** The date of the shipped data, fetched the first time `wanted` is true (the panel opened). */
export function useDataDate(wanted: boolean): string | null {
  const [date, setDate] = useState<string | null>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (!wanted || asked.current) return;
    asked.current = true;
    void loadDataDate().then(setDate);
  }, [wanted]);
  return date;
}
