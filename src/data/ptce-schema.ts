import { safeHttpUrl } from './safe-url';
import type { LocationPrecision, Pole, RowIssue } from './types';

/**
 * The one set of rules for a row of public/data/ptce.csv: the loader, the correction form and
 * the maintainer's merge script all validate through `validatePtceRow`, so a row the form
 * offers is a row the map will load.
 */
export const PTCE_COLUMNS = [
  'id',
  'nom',
  'appel',
  'statut_laureat',
  'commune',
  'code_insee',
  'departement',
  'region',
  'quartier',
  'code_qpv',
  'adresse',
  'secteurs',
  'porteur',
  'creation',
  'site_web',
  'membres',
  'description',
  'latitude',
  'longitude',
  'precision',
  'note_localisation',
  'membre_association',
  'fiabilite',
  'sources',
] as const;

export type PtceColumn = (typeof PTCE_COLUMNS)[number];
/** One row as text, cell by cell, before validation. */
export type PtceRow = Record<PtceColumn, string>;
export type RawPtceRow = Partial<PtceRow>;

export const PRECISIONS: readonly LocationPrecision[] = [
  'quartier',
  'commune',
  'departement',
  'inconnue',
];
export const STATUTS = ['confirmé', 'à confirmer'] as const;
export const FIABILITES = ['haute', 'moyenne', 'basse'] as const;
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * What a row's keys are checked against: the sectors of secteurs.csv and the waves of
 * appels.csv. `waves` is null when appels.csv could not be read: a wave code is then only
 * checked for its form, so that the poles still load (the load report says why).
 */
export interface KnownKeys {
  sectors: ReadonlySet<string>;
  waves: ReadonlySet<string> | null;
}
const WAVE_CODE_FORM = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/** A field that a row gets wrong, in the loader's words. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Why a row cannot be used: the first problem, and `all` of them for a form to show at once. */
export class RowRejected extends Error {
  readonly all: FieldProblem[];
  constructor(
    readonly field: string,
    message: string,
    all?: FieldProblem[],
  ) {
    super(message);
    this.all = all ?? [{ field, message }];
  }
}

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @ first) is written with a leading
 * apostrophe (see `guardCell`); reading drops that one apostrophe again, so the value
 * round-trips. Plain numbers ("-1.55") are never guarded.
 */
const GUARDED = /^'+[=+\-@]/;
const FORMULA_LIKE = /^'*[=+\-@]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function guardCell(value: string): string {
  return FORMULA_LIKE.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}

/** The cells of a row, trimmed and unguarded, every column present. */
export function normalizeRow(raw: RawPtceRow): PtceRow {
  const row = {} as PtceRow;
  for (const c of PTCE_COLUMNS) row[c] = unguardCell((raw[c] ?? '').trim());
  return row;
}

export function splitList(value: string): string[] {
  return value
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Collects the problems of one row instead of stopping at the first. */
class Checks {
  readonly problems: FieldProblem[] = [];
  reject(field: string, message: string) {
    this.problems.push({ field, message });
  }
  oneOf<T extends string>(value: string, allowed: readonly T[], field: string): T | null {
    const found = allowed.find((a) => a === value);
    if (found === undefined)
      this.reject(field, `valeur « ${value} » inattendue (attendu : ${allowed.join(', ')})`);
    return found ?? null;
  }
  coordinate(value: string, field: string, min: number, max: number): number | null | undefined {
    if (value === '') return null;
    const n = Number(value);
    if (!Number.isFinite(n)) this.reject(field, `« ${value} » n'est pas un nombre`);
    else if (n < min || n > max) this.reject(field, `${n} hors de l'intervalle [${min}, ${max}]`);
    else return n;
    return undefined;
  }
}

/**
 * Validates one row. Throws RowRejected for a row that cannot be loaded (every problem in
 * `all`); returns the pole and the corrections made on the way (a field ignored or read with
 * its default), which the loader reports and the stricter callers (form, merge script) refuse.
 */
export function validatePtceRow(
  raw: RawPtceRow,
  row: number,
  known: KnownKeys,
): [Pole, RowIssue[]] {
  const cells = normalizeRow(raw);
  const get = (c: PtceColumn) => cells[c];
  const check = new Checks();
  const corrections: RowIssue[] = [];
  const correct = (field: string, message: string) =>
    corrections.push({ row, field, message, severity: 'corrected' });

  const id = get('id');
  if (!ID_PATTERN.test(id)) check.reject('id', `identifiant invalide « ${id} »`);
  const nom = get('nom');
  if (!nom) check.reject('nom', 'nom vide');
  const appel = get('appel');
  if (known.waves ? !known.waves.has(appel) : !WAVE_CODE_FORM.test(appel)) {
    const list = known.waves ? ` (attendu : ${[...known.waves].join(', ')})` : '';
    check.reject('appel', `appel « ${appel} » absent de appels.csv${list}`);
  }
  const statut = check.oneOf(get('statut_laureat'), STATUTS, 'statut_laureat');
  const precision = check.oneOf(get('precision'), PRECISIONS, 'precision');
  const lat = check.coordinate(get('latitude'), 'latitude', -90, 90);
  const lon = check.coordinate(get('longitude'), 'longitude', -180, 180);
  if (lat !== undefined && lon !== undefined) {
    if ((lat === null) !== (lon === null)) {
      check.reject(lat === null ? 'latitude' : 'longitude', 'coordonnée manquante');
    } else if (lat === null && precision !== null && precision !== 'inconnue') {
      check.reject('precision', `précision « ${precision} » sans coordonnées`);
    } else if (lat !== null && precision === 'inconnue') {
      check.reject('precision', 'coordonnées présentes mais précision « inconnue »');
    }
  }

  const sources = splitList(get('sources'));
  const safeSources = sources.map(safeHttpUrl).filter((s): s is string => s !== null);
  if (safeSources.length === 0) check.reject('sources', 'aucune source http(s)');
  else if (safeSources.length < sources.length) {
    correct('sources', `${sources.length - safeSources.length} source(s) non http(s) ignorée(s)`);
  }

  const secteurs: string[] = [];
  for (const key of splitList(get('secteurs'))) {
    if (known.sectors.has(key)) secteurs.push(key);
    else correct('secteurs', `secteur inconnu « ${key} » ignoré`);
  }

  let creation: number | null = null;
  const creationRaw = get('creation');
  if (creationRaw) {
    if (/^\d{4}$/.test(creationRaw)) creation = Number(creationRaw);
    else correct('creation', `année « ${creationRaw} » illisible, ignorée`);
  }

  let siteWeb = '';
  const siteRaw = get('site_web');
  if (siteRaw) {
    const safe = safeHttpUrl(siteRaw);
    if (safe) siteWeb = safe;
    else correct('site_web', `« ${siteRaw} » n'est pas une adresse http(s), ignorée`);
  }

  const membre = get('membre_association');
  if (membre !== '' && membre !== 'oui' && membre !== 'non')
    correct('membre_association', `valeur « ${membre} » lue comme « non »`);

  const fiab = get('fiabilite');
  const fiabilite = FIABILITES.find((f) => f === fiab) ?? 'basse';
  if (fiabilite !== fiab)
    correct('fiabilite', `fiabilité « ${fiab} » inconnue, lue comme « basse »`);

  const first = check.problems[0];
  if (first) {
    // The corrections found on the way are listed too, so that a form can show every problem.
    const all = [
      ...check.problems,
      ...corrections.map(({ field, message }) => ({ field, message })),
    ];
    throw new RowRejected(first.field, first.message, all);
  }

  const pole: Pole = {
    id,
    nom,
    appel,
    statutConfirme: statut === 'confirmé',
    commune: get('commune'),
    codeInsee: get('code_insee'),
    departement: get('departement'),
    region: get('region'),
    quartier: get('quartier'),
    codeQpv: get('code_qpv'),
    adresse: get('adresse'),
    secteurs,
    porteur: get('porteur'),
    creation,
    siteWeb,
    membres: get('membres'),
    description: get('description'),
    lat: lat ?? null,
    lon: lon ?? null,
    precision: precision!,
    noteLocalisation: get('note_localisation'),
    membreAssociation: membre === 'oui',
    fiabilite,
    sources: safeSources,
  };
  return [pole, corrections];
}

/**
 * The strict reading used for proposed rows: what the loader would reject or silently correct
 * is a problem to fix before the row is offered or merged.
 */
export function checkProposedRow(
  raw: RawPtceRow,
  known: KnownKeys,
): { pole: Pole; problems: [] } | { pole: null; problems: FieldProblem[] } {
  try {
    const [pole, corrections] = validatePtceRow(raw, 0, known);
    if (corrections.length === 0) return { pole, problems: [] };
    return { pole: null, problems: corrections.map(({ field, message }) => ({ field, message })) };
  } catch (e) {
    if (!(e instanceof RowRejected)) throw e;
    return { pole: null, problems: e.all };
  }
}
