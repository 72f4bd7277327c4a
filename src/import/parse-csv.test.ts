import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { fixtureBytes } from './fixtures/reference';
import { columnLetter, guessDelimiter, parseCsv } from './parse-csv';

function fixtureText(name: string): string {
  const decoded = decodeText(fixtureBytes(name));
  if (!decoded.ok) throw new Error(name);
  return decoded.text;
}

describe('delimiter detection', () => {
  it("papaparse's default guess fails on a small file with a trailing blank line", () => {
    // Why parse-csv guesses on a preview with blank lines skipped.
    const text = 'nom;lat\nA;45,5\n';
    const naive = Papa.parse(text, { delimitersToGuess: [';', ','] });
    expect(naive.errors.some((e) => e.code === 'UndetectableDelimiter')).toBe(true);
    expect(guessDelimiter(text)).toBe(';');
  });

  it('picks ; over , when decimals use commas', () => {
    expect(guessDelimiter('nom;latitude;longitude\nA;45,75;4,85\nB;46,1;5,2\n')).toBe(';');
    expect(parseCsv(fixtureText('ptce-fr.csv')).delimiter).toBe(';');
    expect(parseCsv(fixtureText('ptce-windows-1252.csv')).delimiter).toBe(';');
    expect(parseCsv(fixtureText('sites-geo-point.csv')).delimiter).toBe(';');
  });

  it('picks , tab and | on their fixtures', () => {
    expect(parseCsv(fixtureText('ptce-lambert93.csv')).delimiter).toBe(',');
    expect(parseCsv(fixtureText('sites.tsv')).delimiter).toBe('\t');
    expect(parseCsv(fixtureText('sites-pipe.txt')).delimiter).toBe('|');
  });

  it('is not fooled by commas inside quoted cells of a , file', () => {
    expect(guessDelimiter('nom,desc\n"A; B",x\nC,"d; e; f"\n')).toBe(',');
  });

  it('keeps a one-column file in one column', () => {
    const t = parseCsv('commune\nLyon, France\nDijon\n');
    expect(t.delimiterSource).toBe('fallback');
    expect(t.headers).toEqual(['commune']);
    expect(t.rows.map((r) => r.values)).toEqual([['Lyon, France'], ['Dijon']]);
  });

  it('honours an Excel "sep=" line and an explicit option', () => {
    const t = parseCsv('sep=,\nnom,lat\nA,45\n');
    expect(t).toMatchObject({
      delimiter: ',',
      delimiterSource: 'sep-line',
      headers: ['nom', 'lat'],
    });
    expect(t.rows[0]).toEqual({ row: 2, line: 3, values: ['A', '45'] });
    expect(parseCsv('a|b\n1|2', { delimiter: '|' }).delimiterSource).toBe('option');
  });
});

describe('row numbers', () => {
  it('numbers rows like a spreadsheet and lines like an editor', () => {
    const t = parseCsv(fixtureText('ptce-fr.csv'));
    expect(t.headerRow).toBe(1);
    // Row 2 holds a two-line quoted cell; row 4 is blank and skipped.
    expect(t.rows.map((r) => [r.row, r.line])).toEqual([
      [2, 2],
      [3, 4],
      [5, 6],
      [6, 7],
      [7, 8],
      [8, 9],
      [9, 10],
    ]);
    expect(t.rows[0]!.values[7]).toBe('Pôle culturel\r\naux Grésilles');
  });

  it('counts lines of multi-line cells with LF endings too', () => {
    const t = parseCsv(fixtureText('sites.tsv'));
    expect(t.rows.map((r) => [r.row, r.line])).toEqual([
      [2, 2],
      [3, 5],
      [4, 6],
    ]);
  });

  it('skips blank and delimiter-only lines but keeps counting them', () => {
    const t = parseCsv('\n\nnom;x\n;\nA;1\n\n  \nB;2');
    expect(t.headerRow).toBe(3);
    expect(t.rows).toEqual([
      { row: 5, line: 5, values: ['A', '1'] },
      { row: 8, line: 8, values: ['B', '2'] },
    ]);
  });

  it('reports where an unclosed quote swallowed the rest of the file', () => {
    const t = parseCsv('nom;desc\nA;ok\nB;"oops\nC;x\nD;y\n');
    expect(t.unclosedQuoteRow).toBe(3);
    expect(t.rows).toHaveLength(2);
  });
});

describe('headers', () => {
  it('names blank headers by column letter and de-duplicates', () => {
    const t = parseCsv('nom;;nom; Nom \n1;2;3;4\n');
    expect(t.headers).toEqual(['nom', 'B', 'nom (2)', 'Nom']);
  });
  it('columnLetter', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
});
