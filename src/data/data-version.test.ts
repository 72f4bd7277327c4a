import { describe, expect, it } from 'vitest';
import { readDataDate } from './data-version';

describe('the date of the data', () => {
  it('reads the day written by the build', () => {
    expect(readDataDate({ date: '2026-11-30', basis: 'commit' })).toBe('2026-11-30');
  });

  it('is no date when unknown or malformed', () => {
    expect(readDataDate({ date: null, basis: 'unknown' })).toBeNull();
    expect(readDataDate({ date: '30/11/2026' })).toBeNull();
    expect(readDataDate(['2026-11-30'])).toBeNull();
    expect(readDataDate(null)).toBeNull();
  });
});
