import Papa from 'papaparse';
import type { RowIssue, Sector } from './types';

export interface SecteursResult {
  sectors: Sector[];
  issues: RowIssue[];
}

const REQUIRED = ['cle', 'libelle_fr', 'libelle_en'] as const;

/** Parses public/data/secteurs.csv; a bad row is reported and skipped, the rest load. */
export function parseSecteurs(text: string): SecteursResult {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((f) => !fields.includes(f));
  if (missing.length > 0) {
    throw new Error(`secteurs.csv: colonnes manquantes : ${missing.join(', ')}`);
  }
  const sectors: Sector[] = [];
  const issues: RowIssue[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((raw, i) => {
    const row = i + 2;
    const key = (raw.cle ?? '').trim();
    const labelFr = (raw.libelle_fr ?? '').trim();
    const labelEn = (raw.libelle_en ?? '').trim() || labelFr;
    if (!/^[a-z0-9-]+$/.test(key)) {
      issues.push({
        file: 'secteurs.csv',
        row,
        field: 'cle',
        message: `clé invalide « ${key} »`,
        severity: 'rejected',
      });
    } else if (seen.has(key)) {
      issues.push({
        file: 'secteurs.csv',
        row,
        field: 'cle',
        message: `clé en double « ${key} »`,
        severity: 'rejected',
      });
    } else if (!labelFr) {
      issues.push({
        file: 'secteurs.csv',
        row,
        field: 'libelle_fr',
        message: 'libellé vide',
        severity: 'rejected',
      });
    } else {
      seen.add(key);
      sectors.push({ key, labelFr, labelEn });
    }
  });
  return { sectors, issues };
}
