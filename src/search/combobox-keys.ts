export interface ComboState {
  open: boolean;
  /** Index of the active option, -1 for none (focus stays on the text). */
  active: number;
}

export type ComboAction =
  | { kind: 'move'; state: ComboState }
  | { kind: 'choose'; index: number }
  | { kind: 'clear' }
  | { kind: 'ignore' };

/**
 * The keys of the WAI-ARIA combobox-with-listbox pattern: arrows open the list and move
 * through it (wrapping), Enter chooses the active option, Escape closes the list, then clears.
 */
export function comboboxKey(state: ComboState, key: string, count: number): ComboAction {
  switch (key) {
    case 'ArrowDown':
      if (count === 0) return { kind: 'ignore' };
      return {
        kind: 'move',
        state: { open: true, active: state.open ? (state.active + 1) % count : 0 },
      };
    case 'ArrowUp':
      if (count === 0) return { kind: 'ignore' };
      return {
        kind: 'move',
        state: {
          open: true,
          active: state.open && state.active > 0 ? state.active - 1 : count - 1,
        },
      };
    case 'Enter':
      return state.open && state.active >= 0 && state.active < count
        ? { kind: 'choose', index: state.active }
        : { kind: 'ignore' };
    case 'Escape':
      return state.open ? { kind: 'move', state: { open: false, active: -1 } } : { kind: 'clear' };
    default:
      return { kind: 'ignore' };
  }
}
