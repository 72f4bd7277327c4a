import { DataFileError, parsePtce } from './parse-ptce';
import { ptceCsvFile } from './ptce-csv';
import { PTCE_COLUMNS, type KnownKeys, type PtceColumn, type PtceRow } from './ptce-schema';

/** A file of correction rows, in the format of ptce.csv (header included). */
export interface CorrectionFile {
  name: string;
  text: string;
}

/** A row that cannot be merged: where it is and why. */
export interface MergeRefusal {
  file: string;
  /** 1-based line in that file (the header is line 1). */
  line: number;
  field: string;
  message: string;
}

export interface FieldChange {
  field: PtceColumn;
  before: string;
  after: string;
}

export interface RowChange {
  id: string;
  kind: 'new' | 'changed' | 'unchanged';
  file: string;
  changes: FieldChange[];
}

export type MergeResult =
  { ok: true; text: string; changes: RowChange[] } | { ok: false; refusals: MergeRefusal[] };

export function fieldChanges(before: PtceRow | undefined, after: PtceRow): FieldChange[] {
  return PTCE_COLUMNS.filter((c) => (before?.[c] ?? '') !== after[c]).map((field) => ({
    field,
    before: before?.[field] ?? '',
    after: after[field],
  }));
}

interface Incoming {
  file: string;
  row: PtceRow;
}

/** The rows of one correction file, or why they cannot be taken. */
function readCorrections(
  file: CorrectionFile,
  known: KnownKeys,
): { rows: { row: PtceRow; line: number }[]; refusals: MergeRefusal[] } {
  let parsed;
  try {
    parsed = parsePtce(file.text, known);
  } catch (e) {
    if (!(e instanceof DataFileError)) throw e;
    return { rows: [], refusals: [{ file: file.name, line: 1, field: '*', message: e.message }] };
  }
  // Stricter than the loader: a field it would silently correct is refused here.
  const refusals = parsed.issues.map(({ row, field, message }) => ({
    file: file.name,
    line: row,
    field,
    message,
  }));
  if (parsed.poles.length === 0 && refusals.length === 0)
    refusals.push({ file: file.name, line: 1, field: '*', message: 'aucune ligne de données' });
  return {
    rows: parsed.poles.map((p) => ({ row: parsed.rows[p.id]!, line: parsed.lines[p.id]! })),
    refusals,
  };
}

/**
 * Merges correction rows into ptce.csv by id: a known id replaces its row, a new id is added at
 * the end. Every row is checked with the loader's own rules; one bad row, or one id given twice,
 * refuses the whole merge, so the file is only rewritten when all of it is valid.
 */
export function mergeCorrections(
  baseText: string,
  files: readonly CorrectionFile[],
  known: KnownKeys,
): MergeResult {
  const refusals: MergeRefusal[] = [];
  const base = parsePtce(baseText, known);
  for (const { row, field, message, severity } of base.issues) {
    if (severity === 'rejected') refusals.push({ file: 'ptce.csv', line: row, field, message });
  }
  const incoming = new Map<string, Incoming>();
  for (const file of files) {
    const read = readCorrections(file, known);
    refusals.push(...read.refusals);
    for (const { row, line } of read.rows) {
      const earlier = incoming.get(row.id);
      if (earlier) {
        refusals.push({
          file: file.name,
          line,
          field: 'id',
          message: `identifiant « ${row.id} » déjà corrigé par ${earlier.file} : une seule correction par pôle`,
        });
      } else incoming.set(row.id, { file: file.name, row });
    }
  }
  if (refusals.length > 0) return { ok: false, refusals };

  const order = base.poles.map((p) => p.id);
  const merged = new Map(order.map((id) => [id, base.rows[id]!]));
  const changes: RowChange[] = [];
  for (const [id, { file, row }] of incoming) {
    const before = merged.get(id);
    const diff = fieldChanges(before, row);
    changes.push({
      id,
      file,
      kind: before ? (diff.length ? 'changed' : 'unchanged') : 'new',
      changes: diff,
    });
    if (!before) order.push(id);
    merged.set(id, row);
  }
  const text = ptceCsvFile(order.map((id) => merged.get(id)!));
  // The result must read back whole, with nothing rejected or corrected.
  const check = parsePtce(text, known);
  for (const { row, field, message } of check.issues)
    refusals.push({ file: 'résultat', line: row, field, message });
  if (refusals.length > 0) return { ok: false, refusals };
  return { ok: true, text, changes };
}
