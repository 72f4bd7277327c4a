import { describe, expect, it } from 'vitest';
import { parsePtce } from './parse-ptce';
import { PTCE_HEADER, ptceCsvFile, ptceCsvLine } from './ptce-csv';
import { SHIPPED_PTCE, SHIPPED_KEYS, testRow } from './ptce-test-row';

describe('the ptce.csv writer', () => {
  it('writes the shipped file back byte for byte (same column order and quoting)', () => {
    const { poles, rows } = parsePtce(SHIPPED_PTCE, SHIPPED_KEYS);
    expect(ptceCsvFile(poles.map((p) => rows[p.id]!))).toBe(SHIPPED_PTCE);
  });

  it('writes a row that the loader reads back to the same cells', () => {
    const row = testRow({ adresse: 'Ligne 1\nLigne 2, "cour"', nom: '=1+1 @pole' });
    const { poles, rows, issues } = parsePtce(
      `${PTCE_HEADER}\n${ptceCsvLine(row)}\n`,
      SHIPPED_KEYS,
    );
    expect(issues).toEqual([]);
    expect(rows['pole-test']).toEqual(row);
    expect(poles[0]!.nom).toBe('=1+1 @pole');
  });

  it('neutralises formula-like text with a leading apostrophe', () => {
    const line = ptceCsvLine(testRow({ porteur: '=HYPERLINK("http://evil")', membres: '-2+3' }));
    expect(line).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(line).toContain(",'-2+3,");
    expect(line).not.toMatch(/(^|,)[=+@]/);
    // Coordinates stay plain numbers.
    expect(ptceCsvLine(testRow({ longitude: '-2.7485' }))).toContain(',-2.7485,');
  });
});
