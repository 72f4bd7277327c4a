import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAppels } from '../data/parse-appels';
import { parsePtce } from '../data/parse-ptce';
import { SHIPPED_PTCE, SHIPPED_SECTORS } from '../data/ptce-test-row';
import { countByPrecision, coverage } from './coverage';

const { poles } = parsePtce(SHIPPED_PTCE, SHIPPED_SECTORS);
const { calls } = parseAppels(readFileSync('public/data/appels.csv', 'utf8'));

describe('coverage', () => {
  it('counts the known laureates of each call against its official total', () => {
    const c = coverage(poles, calls);
    expect(c.calls.map((x) => [x.year, x.known, x.call.laureates])).toEqual([
      ['2014', 19, 23],
      ['2016', 6, 14],
    ]);
    expect([c.known, c.total]).toEqual([25, 37]);
  });

  it('leaves out poles of a call without an official total', () => {
    const c = coverage(poles, calls.slice(0, 1));
    expect([c.known, c.total]).toEqual([19, 23]);
  });
});

describe('countByPrecision', () => {
  it('lists the four levels, zero included, adding up to every pole', () => {
    const rows = countByPrecision(poles);
    expect(rows.map((r) => r.key)).toEqual(['quartier', 'commune', 'departement', 'inconnue']);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(25);
    expect(rows.find((r) => r.key === 'inconnue')!.count).toBe(2);
    expect(countByPrecision([]).map((r) => r.count)).toEqual([0, 0, 0, 0]);
  });
});
