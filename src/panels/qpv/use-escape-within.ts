import type { KeyboardEvent } from 'react';

/**
 * Escape closes the panel that has focus, and only that one: the pole details listen on the
 * whole document, so the key must not travel further.
 */
export function escapeWithin(close: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    close();
  };
}
