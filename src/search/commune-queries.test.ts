import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCommuneIndex } from '../data/communes';

// The queries the search box promises, on the shipped files.
const index = buildCommuneIndex(
  readFileSync('public/data/communes-centres.csv', 'utf8'),
  readFileSync('public/data/communes-codes-postaux.csv', 'utf8'),
);
const names = (q: string) => index.search(q, 6).map((c) => `${c.name} (${c.dept})`);

describe('commune search for the search box', () => {
  it('finds a commune without accents or capitals, exact name first', () => {
    expect(names('saint-etienne')[0]).toBe('Saint-Étienne (42)');
    expect(names('SAINT ÉTIENNE')[0]).toBe('Saint-Étienne (42)');
    expect(names('tours')[0]).toBe('Tours (37)');
  });

  it('finds a commune by postcode, main or secondary', () => {
    expect(names('37000')).toEqual(['Tours (37)']);
    expect(names('37200')).toContain('Tours (37)');
  });
});
