import { toCsvBytes, type CsvColumn } from './export';
import { issueText } from './issue-text';
import type { ImportIssue, Lang } from './messages';

/** The full list of rejected and corrected rows of one import, as a CSV to open in a spreadsheet. */

const HEADERS: Record<Lang, string[]> = {
  fr: ['ligne', 'ligne_texte', 'statut', 'champ', 'code', 'motif'],
  en: ['row', 'text_line', 'status', 'field', 'code', 'reason'],
};

const STATUS: Record<Lang, Record<ImportIssue['severity'], string>> = {
  fr: { rejected: 'rejetée', corrected: 'corrigée' },
  en: { rejected: 'rejected', corrected: 'corrected' },
};

function columns(lang: Lang): CsvColumn<ImportIssue>[] {
  const [row, line, status, field, code, reason] = HEADERS[lang] as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return [
    { header: row, value: (i) => i.row, numeric: true },
    { header: line, value: (i) => i.line ?? i.row, numeric: true },
    { header: status, value: (i) => STATUS[lang][i.severity] },
    { header: field, value: (i) => i.field },
    { header: code, value: (i) => i.code },
    { header: reason, value: (i) => issueText(i, lang) },
  ];
}

export function issueReportCsv(issues: readonly ImportIssue[], lang: Lang): Uint8Array {
  return toCsvBytes(issues, columns(lang));
}
