import {
  checkProposedRow,
  normalizeRow,
  PTCE_COLUMNS,
  type KnownKeys,
  type PtceRow,
} from './ptce-schema';

/**
 * Proposed poles kept in this browser (a JSON array of ptce.csv rows). Reading is strict: an
 * entry that no longer passes the schema, or whose id has since joined the data, is dropped.
 */
export function readProposals(
  text: string | null,
  known: KnownKeys,
  knownIds: ReadonlySet<string>,
): PtceRow[] {
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const out: PtceRow[] = [];
  const seen = new Set<string>();
  for (const item of parsed) {
    if (typeof item !== 'object' || item === null) continue;
    const raw: Partial<PtceRow> = {};
    for (const c of PTCE_COLUMNS) {
      const v: unknown = (item as Record<string, unknown>)[c];
      if (typeof v === 'string') raw[c] = v;
    }
    const row = normalizeRow(raw);
    if (seen.has(row.id) || knownIds.has(row.id)) continue;
    if (checkProposedRow(row, known).problems.length > 0) continue;
    seen.add(row.id);
    out.push(row);
  }
  return out;
}

export function writeProposals(rows: readonly PtceRow[]): string {
  return JSON.stringify(rows);
}
