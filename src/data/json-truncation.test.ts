import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCutShortJson } from './json-truncation';

const regions = readFileSync('public/data/regions.geojson', 'utf8');

describe('isCutShortJson', () => {
  it('is false for complete files, even malformed ones', () => {
    expect(isCutShortJson(regions)).toBe(false);
    expect(isCutShortJson('{"a": [1, 2, 3]}')).toBe(false);
    expect(isCutShortJson('{"a": 1,}')).toBe(false);
    expect(isCutShortJson('{"a": 1}}')).toBe(false);
    expect(isCutShortJson('{"a": "}{[\\"]"}')).toBe(false);
  });

  it('is true for a file cut anywhere before its end', () => {
    for (const fraction of [0.01, 0.25, 0.5, 0.75, 0.999]) {
      const cut = regions.slice(0, Math.floor(regions.length * fraction));
      expect(isCutShortJson(cut), `cut at ${fraction}`).toBe(true);
      expect(() => JSON.parse(cut)).toThrow();
    }
    expect(isCutShortJson('{"a": "abc')).toBe(true);
    expect(isCutShortJson('{"a": "\\"')).toBe(true);
  });

  it('counts an empty body as cut short', () => {
    expect(isCutShortJson('')).toBe(true);
    expect(isCutShortJson('  \n')).toBe(true);
  });
});
