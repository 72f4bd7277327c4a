import { describe, expect, it } from 'vitest';
import { parseAppels } from '../data/parse-appels';
import { parsePtce } from '../data/parse-ptce';
import { SHIPPED_APPELS, SHIPPED_KEYS, SHIPPED_PTCE } from '../data/ptce-test-row';
import { wavesBy } from '../data/waves';
import { countByPrecision, coverage } from './coverage';

const { poles } = parsePtce(SHIPPED_PTCE, SHIPPED_KEYS);
const { waves } = parseAppels(SHIPPED_APPELS);

describe('coverage', () => {
  it('counts the known laureates of each wave against its official total', () => {
    const c = coverage(poles, waves);
    expect(c.waves.map((x) => [x.wave.code, x.known, x.wave.laureates])).toEqual([
      ['AAP1-2014', 19, 23],
      ['AAP2-2016', 6, 14],
      ['AMI-2021-P1', 7, 107],
      ['AMI-2021', 15, 15],
      ['AMI-2023', 14, 15],
      ['AMI-2024', 1, 15],
      ['AMI-2025', 0, 8],
    ]);
    expect([c.known, c.total]).toEqual([62, 197]);
  });

  it('follows the year: only the waves announced by then', () => {
    const c = coverage(poles, wavesBy(waves, 2016));
    expect([c.known, c.total]).toEqual([25, 37]);
  });
});

describe('countByPrecision', () => {
  it('lists the four levels, zero included, adding up to every pole', () => {
    const rows = countByPrecision(poles);
    expect(rows.map((r) => r.key)).toEqual(['quartier', 'commune', 'departement', 'inconnue']);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(62);
    expect(rows.find((r) => r.key === 'inconnue')!.count).toBe(10);
    expect(countByPrecision([]).map((r) => r.count)).toEqual([0, 0, 0, 0]);
  });
});
