import Papa from 'papaparse';
import { cleanLine } from './normalize';

export type Delimiter = ',' | ';' | '\t' | '|';

/**
 * Order matters only to break exact ties in papaparse's guess (same consistency,
 * same field count): `;` first because French spreadsheets export with it.
 */
export const DELIMITERS: readonly Delimiter[] = [';', ',', '\t', '|'];

/**
 * One record of the file.
 * - `row` is the spreadsheet row: the record number counting the header as 1 and
 *   blank lines too, exactly what Excel or LibreOffice show in the left margin
 *   (a cell with line breaks is still one row there).
 * - `line` is the 1-based physical line where the record starts, what a text
 *   editor shows; it differs from `row` after a quoted cell with line breaks.
 */
export interface CsvRecord {
  row: number;
  line: number;
  values: string[];
}

export interface CsvTable {
  /** Unique, non-empty column names (blank ones become the spreadsheet letter). */
  headers: string[];
  headerRow: number;
  /** Non-blank records after the header. */
  rows: CsvRecord[];
  delimiter: Delimiter;
  delimiterSource: 'sep-line' | 'option' | 'guessed' | 'fallback';
  /** Row of a quote that is never closed (the rest of the file ends up in one cell). */
  unclosedQuoteRow: number | null;
}

export interface CsvOptions {
  delimiter?: Delimiter;
}

/** Rows papaparse looks at to guess; enough to see past a few odd lines. */
const GUESS_PREVIEW = 30;

/**
 * Papaparse's own guess (delimitersToGuess) picks the delimiter giving the most
 * consistent field count, which is what makes `;` win over `,` in a French file
 * with decimal commas. It is run on a preview with blank lines skipped: blank
 * lines count as one-field rows otherwise and make small files undetectable.
 */
export function guessDelimiter(text: string): Delimiter | null {
  const preview = Papa.parse<string[]>(text, {
    preview: GUESS_PREVIEW,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [...DELIMITERS],
  });
  const guessed = preview.meta.delimiter;
  const failed = preview.errors.some((e) => e.code === 'UndetectableDelimiter');
  return !failed && isDelimiter(guessed) ? guessed : null;
}

function isDelimiter(value: string): value is Delimiter {
  return (DELIMITERS as readonly string[]).includes(value);
}

/** Excel writes and honours a first line "sep=;" to force the delimiter. */
function readSepLine(text: string): { delimiter: Delimiter; rest: string } | null {
  const match = /^sep=(.)[ \t]*(\r\n|\n|\r|$)/i.exec(text);
  const delimiter = match?.[1];
  if (!match || delimiter === undefined || !isDelimiter(delimiter)) return null;
  return { delimiter, rest: text.slice(match[0].length) };
}

/** Spreadsheet column letter for a 0-based index: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((value, i) => {
    const base = cleanLine(value) || columnLetter(i);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

function isBlank(values: readonly string[]): boolean {
  return values.every((v) => v.trim() === '');
}

function countBreaks(values: readonly string[], linebreak: string): number {
  const mark = linebreak === '\r' ? '\r' : '\n';
  let count = 0;
  for (const value of values) {
    if (!value.includes(mark)) continue;
    for (let i = value.indexOf(mark); i !== -1; i = value.indexOf(mark, i + 1)) count++;
  }
  return count;
}

/** Parses CSV/TSV text (already decoded) into a header and numbered records. */
export function parseCsv(input: string, options: CsvOptions = {}): CsvTable {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let firstLine = 1;
  let delimiter: Delimiter;
  let delimiterSource: CsvTable['delimiterSource'];

  const sep = readSepLine(text);
  if (sep) {
    text = sep.rest;
    firstLine = 2;
  }
  if (options.delimiter) {
    delimiter = options.delimiter;
    delimiterSource = 'option';
  } else if (sep) {
    delimiter = sep.delimiter;
    delimiterSource = 'sep-line';
  } else {
    const guessed = guessDelimiter(text);
    // A one-column file has no delimiter to find; pick one that does not occur
    // so that commas inside values ("Lyon, France") do not split the column.
    const sample = text.slice(0, 64 * 1024);
    delimiter = guessed ?? DELIMITERS.find((d) => !sample.includes(d)) ?? ';';
    delimiterSource = guessed ? 'guessed' : 'fallback';
  }

  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const linebreak = parsed.meta.linebreak || '\n';
  const missingQuote = parsed.errors.find((e) => e.code === 'MissingQuotes');

  const headers: string[] = [];
  let headerRow = 0;
  const rows: CsvRecord[] = [];
  let line = firstLine;
  parsed.data.forEach((values, index) => {
    const row = index + 1;
    const recordLine = line;
    line += 1 + countBreaks(values, linebreak);
    if (isBlank(values)) return;
    if (headerRow === 0) {
      headerRow = row;
      headers.push(...uniqueHeaders(values));
      return;
    }
    rows.push({ row, line: recordLine, values });
  });

  return {
    headers,
    headerRow,
    rows,
    delimiter,
    delimiterSource,
    unclosedQuoteRow: missingQuote?.row !== undefined ? missingQuote.row + 1 : null,
  };
}
