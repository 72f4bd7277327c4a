import Papa from 'papaparse';
import { safeHttpUrl } from './safe-url';
import type { PartialDate, RowIssue, Wave } from './types';
import { compareWaves } from './waves';

export interface AppelsResult {
  /** The valid waves, in the order of their dates (the file's order for equal dates). */
  waves: Wave[];
  issues: RowIssue[];
}

const REQUIRED = ['appel', 'libelle_fr', 'date', 'laureats', 'sources'] as const;
export const WAVE_CODE = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the sources; null for anything else. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (year < 1900 || year > 2999) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null) {
    // The 31st of a 30-day month rolls over into the next: that is how a bad day shows.
    const d = new Date(Date.UTC(year, month! - 1, day));
    if (d.getUTCMonth() !== month! - 1 || d.getUTCDate() !== day) return null;
  }
  return { year, month, day };
}

type Problem = [field: string, message: string];

function read(raw: Record<string, string>, seen: ReadonlySet<string>): Wave | Problem {
  const cell = (name: string) => (raw[name] ?? '').trim();
  const code = cell('appel');
  if (!WAVE_CODE.test(code)) return ['appel', `code d'appel « ${code} » invalide`];
  if (seen.has(code)) return ['appel', `appel en double « ${code} »`];
  const labelFr = cell('libelle_fr');
  if (!labelFr) return ['libelle_fr', 'libellé vide'];
  const date = parsePartialDate(cell('date'));
  if (!date)
    return ['date', `date « ${cell('date')} » illisible (attendu : AAAA, AAAA-MM ou AAAA-MM-JJ)`];
  const laureats = cell('laureats');
  if (!/^\d+$/.test(laureats))
    return ['laureats', `nombre de lauréats « ${laureats} » illisible (entier positif attendu)`];
  const finance = cell('finance');
  if (finance !== '' && finance !== 'oui' && finance !== 'non')
    return ['finance', `valeur « ${finance} » inattendue (attendu : oui, non)`];
  // `source` is the column's name in files written before waves had several sources.
  const listed = (cell('sources') || cell('source')).split('|').map((s) => s.trim());
  const sources = listed.map(safeHttpUrl).filter((s): s is string => s !== null);
  if (sources.length === 0) return ['sources', 'aucune source http(s)'];
  return {
    code,
    labelFr,
    labelEn: cell('libelle_en') || labelFr,
    date,
    laureates: Number(laureats),
    support: cell('soutien'),
    funded: finance !== 'non',
    sources,
  };
}

/**
 * Parses public/data/appels.csv, the one list of the waves of State support: code, labels,
 * date, official number of laureates, support and sources. A bad row is reported with its line
 * and left out; the others are kept.
 */
export function parseAppels(text: string): AppelsResult {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const fields = (parsed.meta.fields ?? []).map((f) => f.trim());
  const missing = REQUIRED.filter(
    (f) => !fields.includes(f) && !(f === 'sources' && fields.includes('source')),
  );
  if (missing.length > 0)
    throw new Error(`appels.csv : colonnes manquantes : ${missing.join(', ')}`);
  const waves: Wave[] = [];
  const issues: RowIssue[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((raw, i) => {
    const wave = read(raw, seen);
    if (Array.isArray(wave)) {
      const [field, message] = wave;
      issues.push({ file: 'appels.csv', row: i + 2, field, message, severity: 'rejected' });
      return;
    }
    seen.add(wave.code);
    waves.push(wave);
  });
  // Array.prototype.sort is stable: waves of the same date keep the file's order.
  return { waves: waves.sort(compareWaves), issues };
}
