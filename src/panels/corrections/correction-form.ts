import { fieldChanges, type FieldChange } from '../../data/merge-corrections';
import { PTCE_HEADER, ptceCsvLine } from '../../data/ptce-csv';
import {
  checkProposedRow,
  PTCE_COLUMNS,
  splitList,
  type FieldProblem,
  type KnownKeys,
  type PtceRow,
} from '../../data/ptce-schema';

export function emptyRow(): PtceRow {
  const row = Object.fromEntries(PTCE_COLUMNS.map((c) => [c, ''])) as PtceRow;
  return {
    ...row,
    statut_laureat: 'à confirmer',
    precision: 'inconnue',
    membre_association: 'non',
    fiabilite: 'moyenne',
  };
}

/** "Éco-pôle d'Audruicq" → "eco-pole-d-audruicq": an id in the ptce.csv pattern. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The sources as the form shows them (one per line) and as the row stores them (`|`). */
export function sourcesToText(sources: string): string {
  return splitList(sources).join('\n');
}

export function textToSources(text: string): string {
  return text
    .split(/\r?\n|\|/)
    .map((s) => s.trim())
    .filter(Boolean)
    .join('|');
}

export interface FormCheck {
  problems: FieldProblem[];
  changes: FieldChange[];
}

/**
 * The form's verdict on a row: the loader's strict rules, plus the one rule of a proposal: a
 * new pole cannot take the id of one that exists (that one can only be corrected).
 */
export function checkForm(
  row: PtceRow,
  before: PtceRow | undefined,
  known: KnownKeys,
  takenIds: ReadonlySet<string>,
): FormCheck {
  const problems = [...checkProposedRow(row, known).problems];
  if (!before && takenIds.has(row.id) && !problems.some((p) => p.field === 'id'))
    problems.unshift({ field: 'id', message: 'idTaken' });
  return { problems, changes: fieldChanges(before, row) };
}

/** The one-row file: the header of ptce.csv and the row, as the merge script takes it. */
export function correctionCsv(row: PtceRow): string {
  return `${PTCE_HEADER}\n${ptceCsvLine(row)}\n`;
}

export function correctionFileName(row: PtceRow, mode: 'correct' | 'propose'): string {
  return `${mode === 'correct' ? 'correction' : 'proposition'}-${row.id || 'pole'}.csv`;
}

export function mailtoHref(email: string, subject: string, body: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** Five decimals: about a metre, as in ptce.csv. */
export function coordinateText(value: number): string {
  return value.toFixed(5);
}
