import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePtce } from './parse-ptce';
import { SHIPPED_KEYS } from './ptce-test-row';

const real = readFileSync('public/data/ptce.csv', 'utf8');
const sectors = SHIPPED_KEYS;
const full = parsePtce(real, sectors);

/** The offset of the start of the 0-based record `n` (1 = first data row). */
function recordStart(n: number): number {
  let offset = 0;
  for (let i = 0; i < n; i++) {
    // Records end with a line break outside quotes.
    let inQuotes = false;
    while (offset < real.length) {
      const c = real[offset++];
      if (c === '"') inQuotes = !inQuotes;
      else if (c === '\n' && !inQuotes) break;
    }
  }
  return offset;
}

describe('parsePtce on a file cut short', () => {
  it('the shipped file ends cleanly', () => {
    expect(full.truncatedRow).toBeNull();
    expect(full.poles).toHaveLength(62);
  });

  it('keeps the rows before a cut mid-row and reports the cut row', () => {
    // Cut a few characters into the 11th data row: ten rows before it are complete.
    const cut = real.slice(0, recordStart(11) + 40);
    const { poles, issues, truncatedRow } = parsePtce(cut, sectors);
    expect(poles.map((p) => p.id)).toEqual(full.poles.slice(0, 10).map((p) => p.id));
    expect(truncatedRow).not.toBeNull();
    const rejected = issues.filter((i) => i.severity === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ row: truncatedRow, field: '*' });
    expect(rejected[0]!.message).toMatch(/fichier tronqué/);
  });

  it('detects a cut inside a quoted field, even right after a line break in it', () => {
    const row = recordStart(1);
    const quoteInRow = real.indexOf('"', row);
    const multiline = `${real.slice(0, row)}id-x,"Nom\nsur deux lignes`;
    for (const cut of [
      real.slice(0, quoteInRow + 5),
      multiline.slice(0, multiline.indexOf('\n', row) + 1),
    ]) {
      const { poles, truncatedRow, issues } = parsePtce(cut, sectors);
      expect(poles).toEqual([]);
      expect(truncatedRow).toBe(2);
      expect(issues[0]!.message).toMatch(/ligne incomplète/);
    }
  });

  it('keeps every row of a cut that falls exactly between two rows', () => {
    const { poles, truncatedRow } = parsePtce(real.slice(0, recordStart(5)), sectors);
    expect(poles).toHaveLength(4);
    expect(truncatedRow).toBeNull();
  });

  it('a short row that ends with a line break is a bad row, not a cut', () => {
    const text = real.slice(0, recordStart(3)) + 'x-y,Nom,AAP1-2014\n';
    const { poles, truncatedRow, issues } = parsePtce(text, sectors);
    expect(poles).toHaveLength(2);
    expect(truncatedRow).toBeNull();
    expect(issues.at(-1)!.message).toMatch(/champs au lieu de/);
  });
});
