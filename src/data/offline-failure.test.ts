import { describe, expect, it } from 'vitest';
import { DataLoadError } from './fetch-data';
import { isUnreachable } from './offline-failure';

describe('a file that could not be reached', () => {
  it('is a network failure, not a broken file', () => {
    expect(isUnreachable(new DataLoadError('communes-24.geojson', { kind: 'network' }))).toBe(true);
    for (const failure of [
      { kind: 'http', status: 404 },
      { kind: 'not-data' },
      { kind: 'truncated', received: 10 },
      { kind: 'stalled', seconds: 20 },
    ] as const)
      expect(isUnreachable(new DataLoadError('communes-24.geojson', failure))).toBe(false);
    expect(isUnreachable(new TypeError('Failed to fetch'))).toBe(false);
  });
});
