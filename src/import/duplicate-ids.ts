import { makeIssue, type ImportIssue } from './messages';
import { cleanLine, normalizeHeader } from './normalize';

/** Headers that name a row identifier, after normalizeHeader. */
const ID_HEADERS = new Set(['id', 'identifiant', 'identifier', 'ident']);

/** The position of the file's identifier column ("id", "Identifiant"…), or -1. */
export function idColumnIndex(columns: readonly string[]): number {
  return columns.findIndex((c) => ID_HEADERS.has(normalizeHeader(c)));
}

/**
 * Rows whose identifier is already used by an earlier row. Every row is kept (the id may be
 * a typo, or two sites of one structure): each repeat gets one note naming all the rows that
 * share the id, so the user can fix the file.
 */
export function duplicateIdIssues(
  rows: readonly { row: number; values: readonly string[] }[],
  column: string,
  index: number,
  features: boolean,
): ImportIssue[] {
  const byId = new Map<string, number[]>();
  for (const { row, values } of rows) {
    const id = cleanLine(values[index] ?? '');
    if (id === '') continue;
    const list = byId.get(id);
    if (list) list.push(row);
    else byId.set(id, [row]);
  }
  const issues: ImportIssue[] = [];
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    const shown = id.length > 100 ? `${id.slice(0, 99)}…` : id;
    for (const row of list.slice(1)) {
      issues.push(makeIssue('duplicate_id', row, column, { id: shown, rows: list, features }));
    }
  }
  return issues;
}
