import { PTCE_COLUMNS, guardCell, type PtceRow } from './ptce-schema';

/** Quotes a cell the way public/data/ptce.csv does: only when it holds , " or a line break. */
function csvCell(value: string): string {
  const guarded = guardCell(value);
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export const PTCE_HEADER = PTCE_COLUMNS.join(',');

/** One row in the exact column order and quoting of ptce.csv, formula-like text guarded. */
export function ptceCsvLine(row: PtceRow): string {
  return PTCE_COLUMNS.map((c) => csvCell(row[c])).join(',');
}

/** A whole file: header, rows, a final line break. */
export function ptceCsvFile(rows: readonly PtceRow[]): string {
  return [PTCE_HEADER, ...rows.map(ptceCsvLine)].join('\n') + '\n';
}
