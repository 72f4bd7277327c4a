import Papa from 'papaparse';
import { APPELS } from './ptce-schema';
import { safeHttpUrl } from './safe-url';
import type { Appel, RowIssue } from './types';

/** One national call for projects and its official number of laureates. */
export interface OfficialCall {
  appel: Appel;
  /** ISO date of the announcement of the laureates. */
  date: string;
  laureates: number;
  source: string;
}

export interface AppelsResult {
  calls: OfficialCall[];
  issues: RowIssue[];
}

const REQUIRED = ['appel', 'date', 'laureats', 'source'] as const;

function problem(raw: Record<string, string>, seen: ReadonlySet<string>): [string, string] | null {
  const appel = (raw.appel ?? '').trim();
  if (!APPELS.some((a) => a === appel))
    return ['appel', `appel « ${appel} » inconnu (attendu : ${APPELS.join(', ')})`];
  if (seen.has(appel)) return ['appel', `appel en double « ${appel} »`];
  const date = (raw.date ?? '').trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
    return ['date', `date « ${date} » illisible (attendu : AAAA-MM-JJ)`];
  const laureats = (raw.laureats ?? '').trim();
  if (!/^[1-9]\d*$/.test(laureats))
    return ['laureats', `nombre de lauréats « ${laureats} » illisible`];
  if (!safeHttpUrl(raw.source ?? '')) return ['source', 'source http(s) manquante'];
  return null;
}

/**
 * Parses public/data/appels.csv: the official totals of the national calls, each with the
 * address of the public source that gives it. A bad row is reported and left out.
 */
export function parseAppels(text: string): AppelsResult {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const missing = REQUIRED.filter((f) => !(parsed.meta.fields ?? []).includes(f));
  if (missing.length > 0)
    throw new Error(`appels.csv : colonnes manquantes : ${missing.join(', ')}`);
  const calls: OfficialCall[] = [];
  const issues: RowIssue[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((raw, i) => {
    const bad = problem(raw, seen);
    if (bad) {
      issues.push({ row: i + 2, field: bad[0], message: bad[1], severity: 'rejected' });
      return;
    }
    const appel = APPELS.find((a) => a === raw.appel?.trim())!;
    seen.add(appel);
    calls.push({
      appel,
      date: raw.date!.trim(),
      laureates: Number(raw.laureats),
      source: safeHttpUrl(raw.source!)!,
    });
  });
  return { calls, issues };
}
