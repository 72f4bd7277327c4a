import { describe, expect, it } from 'vitest';
import { nextYear } from './use-year-play';

describe('nextYear', () => {
  it('steps one year at a time, and lands on every wave at the last', () => {
    expect(nextYear(2014, 2025)).toBe(2015);
    expect(nextYear(2023, 2025)).toBe(2024);
    expect(nextYear(2024, 2025)).toBeNull();
    expect(nextYear(2025, 2025)).toBeNull();
  });
});
