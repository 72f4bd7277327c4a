import { describe, expect, it } from 'vitest';
import { comboboxKey } from './combobox-keys';

const closed = { open: false, active: -1 };

describe('comboboxKey', () => {
  it('ArrowDown opens on the first option, then moves and wraps', () => {
    expect(comboboxKey(closed, 'ArrowDown', 3)).toEqual({
      kind: 'move',
      state: { open: true, active: 0 },
    });
    expect(comboboxKey({ open: true, active: -1 }, 'ArrowDown', 3)).toEqual({
      kind: 'move',
      state: { open: true, active: 0 },
    });
    expect(comboboxKey({ open: true, active: 2 }, 'ArrowDown', 3)).toEqual({
      kind: 'move',
      state: { open: true, active: 0 },
    });
  });

  it('ArrowUp opens on the last option and wraps from the first', () => {
    expect(comboboxKey(closed, 'ArrowUp', 3)).toEqual({
      kind: 'move',
      state: { open: true, active: 2 },
    });
    expect(comboboxKey({ open: true, active: 0 }, 'ArrowUp', 3)).toEqual({
      kind: 'move',
      state: { open: true, active: 2 },
    });
    expect(comboboxKey({ open: true, active: 2 }, 'ArrowUp', 3)).toEqual({
      kind: 'move',
      state: { open: true, active: 1 },
    });
  });

  it('arrows do nothing without options', () => {
    expect(comboboxKey(closed, 'ArrowDown', 0).kind).toBe('ignore');
    expect(comboboxKey(closed, 'ArrowUp', 0).kind).toBe('ignore');
  });

  it('Enter chooses only an active option', () => {
    expect(comboboxKey({ open: true, active: 1 }, 'Enter', 3)).toEqual({
      kind: 'choose',
      index: 1,
    });
    expect(comboboxKey({ open: true, active: -1 }, 'Enter', 3).kind).toBe('ignore');
    expect(comboboxKey({ open: false, active: 1 }, 'Enter', 3).kind).toBe('ignore');
    expect(comboboxKey({ open: true, active: 5 }, 'Enter', 3).kind).toBe('ignore');
  });

  it('Escape closes the list, then clears the text', () => {
    expect(comboboxKey({ open: true, active: 1 }, 'Escape', 3)).toEqual({
      kind: 'move',
      state: { open: false, active: -1 },
    });
    expect(comboboxKey(closed, 'Escape', 3)).toEqual({ kind: 'clear' });
  });

  it('leaves other keys to the text field', () => {
    expect(comboboxKey({ open: true, active: 1 }, 'a', 3).kind).toBe('ignore');
    expect(comboboxKey({ open: true, active: 1 }, 'Home', 3).kind).toBe('ignore');
  });
});
