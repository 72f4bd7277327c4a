import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { PolesData } from '../data/load-reference';
import { useT } from '../state/use-t';
import { useAppStore } from '../state/store';
import { useVisiblePoles } from '../state/use-visible-poles';

const DEBOUNCE_MS = 600;

/**
 * Says politely how many poles a change of filter leaves, once the changes settle, so that
 * clicking through several checkboxes gives one announcement, not one per click.
 */
export function FilterAnnouncer({ data }: { data: PolesData }) {
  const t = useT();
  const filters = useAppStore((s) => s.filters);
  const shown = useVisiblePoles(data.poles).length;
  const [message, setMessage] = useState('');
  const announce = useEffectEvent(() => setMessage(t('filterAnnounce', { shown })));
  const announced = useRef(filters);
  useEffect(() => {
    // Nothing to announce on load, only after the filters change.
    if (announced.current === filters) return;
    announced.current = filters;
    const timer = window.setTimeout(announce, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [filters]);
  return (
    <p role="status" aria-live="polite" className="visually-hidden" data-testid="filter-announcer">
      {message}
    </p>
  );
}
