import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvObjects, csvRecords } from './csv-records';

describe('csvRecords', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, with the line of each record', () => {
    const text = 'a,b\r\n"x, y","say ""hi""\nthere"\n\n  \n3,\n';
    expect(csvRecords(text)).toEqual([
      { cells: ['a', 'b'], line: 1, openQuote: false },
      { cells: ['x, y', 'say "hi"\nthere'], line: 2, openQuote: false },
      { cells: ['3', ''], line: 6, openQuote: false },
    ]);
  });

  it('says when the text stops inside a quoted field', () => {
    expect(csvRecords('a,"cut her').at(-1)).toEqual({
      cells: ['a', 'cut her'],
      line: 1,
      openQuote: true,
    });
  });

  it('reads what papaparse writes, whatever the cells hold', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', ' ', '1') });
    const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 8 });
    fc.assert(
      fc.property(rows, (data) => {
        const kept = data.filter((r) => r.some((c) => c.trim() !== ''));
        const text = Papa.unparse(data, { newline: '\n' });
        expect(csvRecords(text).map((r) => r.cells)).toEqual(kept);
      }),
    );
  });

  it('gives the same records as papaparse on the shipped files', () => {
    for (const file of ['ptce.csv', 'secteurs.csv']) {
      const text = readFileSync(`public/data/${file}`, 'utf8');
      const papa = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
      expect(csvRecords(text).map((r) => r.cells)).toEqual(papa);
    }
    const { fields, rows } = csvObjects(readFileSync('public/data/secteurs.csv', 'utf8'));
    expect(fields).toContain('cle');
    expect(rows[0]).toHaveProperty('libelle_fr');
  });
});
