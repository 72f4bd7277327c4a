import { useEffect, useRef } from 'react';

/**
 * While `openKey` is set, remembers what had focus before the panel opened and gives it back
 * when the panel closes (or to `fallback(closedKey)` when that element is gone).
 */
export function useFocusReturn(
  openKey: string | null,
  fallback: (closedKey: string) => HTMLElement | null,
) {
  const opener = useRef<HTMLElement | null>(null);
  const lastKey = useRef<string | null>(null);
  const fallbackRef = useRef(fallback);
  useEffect(() => {
    fallbackRef.current = fallback;
  });
  useEffect(() => {
    if (openKey !== null && lastKey.current === null) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    if (openKey === null && lastKey.current !== null) {
      const target =
        opener.current && document.contains(opener.current)
          ? opener.current
          : fallbackRef.current(lastKey.current);
      target?.focus();
      opener.current = null;
    }
    lastKey.current = openKey;
  }, [openKey]);
}
