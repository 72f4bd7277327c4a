import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAppels } from './parse-appels';

describe('parseAppels', () => {
  it('reads the shipped totals, each with an http(s) source', () => {
    const { calls, issues } = parseAppels(readFileSync('public/data/appels.csv', 'utf8'));
    expect(issues).toEqual([]);
    expect(calls.map((c) => [c.appel, c.date, c.laureates])).toEqual([
      ['AAP1-2014', '2014-01-10', 23],
      ['AAP2-2016', '2016-01-14', 14],
    ]);
    expect(calls.every((c) => /^https?:\/\//.test(c.source))).toBe(true);
  });

  it('reports and leaves out a bad row, keeps the good ones', () => {
    const text = [
      'appel,date,laureats,source',
      'AAP1-2014,2014-01-10,23,https://a.org',
      'AAP3-2020,2020-01-01,3,https://b.org',
      'AAP2-2016,14/01/2016,14,https://c.org',
      'AAP2-2016,2016-01-14,zero,https://c.org',
      'AAP2-2016,2016-01-14,14,javascript:alert(1)',
      'AAP1-2014,2014-01-10,23,https://a.org',
    ].join('\n');
    const { calls, issues } = parseAppels(text);
    expect(calls).toHaveLength(1);
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [3, 'appel'],
      [4, 'date'],
      [5, 'laureats'],
      [6, 'source'],
      [7, 'appel'],
    ]);
  });

  it('throws for a file without the expected columns', () => {
    expect(() => parseAppels('call,total\nx,1\n')).toThrow(/colonnes manquantes/);
  });
});
