import Papa from 'papaparse';
import {
  PTCE_COLUMNS,
  RowRejected,
  normalizeRow,
  validatePtceRow,
  type KnownKeys,
  type PtceColumn,
  type PtceRow,
  type RawPtceRow,
} from './ptce-schema';
import type { Pole, RowIssue } from './types';

export { PTCE_COLUMNS };

export interface PtceResult {
  poles: Pole[];
  issues: RowIssue[];
  /** Line of a last row cut short (the file stops mid-row), or null when the file ends cleanly. */
  truncatedRow: number | null;
  /** The cells of each loaded pole as written in the file, by id (what a correction starts from). */
  rows: Record<string, PtceRow>;
  /** The line of each loaded pole in the file, by id. */
  lines: Record<string, number>;
}

/** Thrown for a file that cannot be used at all (as opposed to a bad row). */
export class DataFileError extends Error {}

/**
 * Parses public/data/ptce.csv and validates every row. A row that fails is reported with its
 * line number in the file (quoted line breaks counted), field and reason; the other rows load.
 */
export function parsePtce(text: string, known: KnownKeys): PtceResult {
  const records = parseWithLines(text);
  const header = records.shift()?.cells.map((c) => c.trim()) ?? [];
  const missing = PTCE_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new DataFileError(`ptce.csv : colonnes manquantes : ${missing.join(', ')}`);
  }
  const poles: Pole[] = [];
  const issues: RowIssue[] = [];
  const rows: Record<string, PtceRow> = {};
  const lines: Record<string, number> = {};
  const ids = new Set<string>();
  const last = records.at(-1);
  const truncatedRow = last && isCutShort(last, header.length, text) ? last.line : null;
  for (const { cells, line } of records) {
    const raw: RawPtceRow = {};
    header.forEach((name, i) => {
      if ((PTCE_COLUMNS as readonly string[]).includes(name))
        raw[name as PtceColumn] = cells[i] ?? '';
    });
    try {
      if (line === truncatedRow) {
        throw new RowRejected(
          '*',
          `ligne incomplète : le fichier s'arrête au milieu de cette ligne (fichier tronqué ?)`,
        );
      }
      if (cells.length !== header.length) {
        throw new RowRejected('*', `${cells.length} champs au lieu de ${header.length}`);
      }
      const [pole, corrections] = validatePtceRow(raw, line, known);
      if (ids.has(pole.id)) throw new RowRejected('id', `identifiant en double « ${pole.id} »`);
      ids.add(pole.id);
      poles.push(pole);
      rows[pole.id] = normalizeRow(raw);
      lines[pole.id] = line;
      issues.push(...corrections);
    } catch (e) {
      if (!(e instanceof RowRejected)) throw e;
      issues.push({ row: line, field: e.field, message: e.message, severity: 'rejected' });
    }
  }
  return { poles, issues, truncatedRow, rows, lines };
}

interface LineRecord {
  cells: string[];
  line: number;
  /** A quoted field still open at the end of the text. */
  openQuote: boolean;
}

/**
 * A file cut mid-row ends without a line break, on a row with too few fields or inside a quoted
 * field. A cut inside the last field of a row cannot be told from a file that simply lacks its
 * final line break: such a row is kept (the Content-Length check catches cut downloads).
 */
function isCutShort(last: LineRecord, columns: number, text: string): boolean {
  if (last.openQuote) return true;
  const endsCleanly = text.endsWith('\n') || text.endsWith('\r');
  return !endsCleanly && last.cells.length < columns;
}

/** CSV records with the 1-based line on which each starts. */
function parseWithLines(text: string): LineRecord[] {
  const out: LineRecord[] = [];
  let prevCursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: 'greedy',
    step: (result) => {
      // Skipped blank lines sit between the previous record's end and this one's first cell.
      let start = prevCursor;
      while (text[start] === '\n' || text[start] === '\r') {
        if (text[start] === '\n') line++;
        start++;
      }
      const openQuote = result.errors.some((e) => e.code === 'MissingQuotes');
      out.push({ cells: result.data, line, openQuote });
      for (let k = start; k < result.meta.cursor; k++) if (text.charCodeAt(k) === 10) line++;
      prevCursor = result.meta.cursor;
    },
  });
  return out;
}
