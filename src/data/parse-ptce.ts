import { csvRecords, type CsvRecord } from './csv-records';
import { safeHttpUrl } from './safe-url';
import type { Appel, LocationPrecision, Pole, RowIssue } from './types';

export interface PtceResult {
  poles: Pole[];
  issues: RowIssue[];
  /** Line of a last row cut short (the file stops mid-row), or null when the file ends cleanly. */
  truncatedRow: number | null;
}

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

type Column = (typeof PTCE_COLUMNS)[number];
type RawRow = Partial<Record<Column, string>>;

const APPELS: readonly Appel[] = ['AAP1-2014', 'AAP2-2016'];
const PRECISIONS: readonly LocationPrecision[] = ['quartier', 'commune', 'departement', 'inconnue'];
const FIABILITES = ['haute', 'moyenne', 'basse'] as const;

/** Thrown for a file that cannot be used at all (as opposed to a bad row). */
export class DataFileError extends Error {}

class RowRejected extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    throw new RowRejected(
      field,
      `valeur « ${value} » inattendue (attendu : ${allowed.join(', ')})`,
    );
  }
  return found;
}

function parseCoordinate(value: string, field: string, min: number, max: number): number | null {
  if (value === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new RowRejected(field, `« ${value} » n'est pas un nombre`);
  if (n < min || n > max)
    throw new RowRejected(field, `${n} hors de l'intervalle [${min}, ${max}]`);
  return n;
}

function parseRow(raw: RawRow, row: number, knownSectors: ReadonlySet<string>): [Pole, RowIssue[]] {
  const get = (c: Column) => (raw[c] ?? '').trim();
  const corrections: RowIssue[] = [];
  const correct = (field: string, message: string) =>
    corrections.push({ row, field, message, severity: 'corrected' });

  const id = get('id');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    throw new RowRejected('id', `identifiant invalide « ${id} »`);
  const nom = get('nom');
  if (!nom) throw new RowRejected('nom', 'nom vide');
  const appel = oneOf(get('appel'), APPELS, 'appel');
  const statut = oneOf(
    get('statut_laureat'),
    ['confirmé', 'à confirmer'] as const,
    'statut_laureat',
  );
  const precision = oneOf(get('precision'), PRECISIONS, 'precision');
  const lat = parseCoordinate(get('latitude'), 'latitude', -90, 90);
  const lon = parseCoordinate(get('longitude'), 'longitude', -180, 180);
  if ((lat === null) !== (lon === null)) {
    throw new RowRejected(lat === null ? 'latitude' : 'longitude', 'coordonnée manquante');
  }
  if (lat === null && precision !== 'inconnue') {
    throw new RowRejected('precision', `précision « ${precision} » sans coordonnées`);
  }
  if (lat !== null && precision === 'inconnue') {
    throw new RowRejected('precision', 'coordonnées présentes mais précision « inconnue »');
  }

  const sources = get('sources')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
  const safeSources = sources.map(safeHttpUrl).filter((s): s is string => s !== null);
  if (safeSources.length < sources.length) {
    correct('sources', `${sources.length - safeSources.length} source(s) non http(s) ignorée(s)`);
  }
  if (safeSources.length === 0) throw new RowRejected('sources', 'aucune source http(s)');

  const secteurs: string[] = [];
  for (const key of get('secteurs')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (knownSectors.has(key)) secteurs.push(key);
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

  const fiab = get('fiabilite');
  const fiabilite = FIABILITES.find((f) => f === fiab) ?? 'basse';
  if (fiabilite !== fiab)
    correct('fiabilite', `fiabilité « ${fiab} » inconnue, lue comme « basse »`);

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
    lat,
    lon,
    precision,
    noteLocalisation: get('note_localisation'),
    membreAssociation: get('membre_association') === 'oui',
    fiabilite,
    sources: safeSources,
  };
  return [pole, corrections];
}

/**
 * Parses public/data/ptce.csv and validates every row. A row that fails is reported with its
 * line number in the file (quoted line breaks counted), field and reason; the other rows load.
 */
export function parsePtce(text: string, knownSectors: ReadonlySet<string>): PtceResult {
  const records = parseWithLines(text);
  const header = records.shift()?.cells.map((c) => c.trim()) ?? [];
  const missing = PTCE_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new DataFileError(`ptce.csv : colonnes manquantes : ${missing.join(', ')}`);
  }
  const poles: Pole[] = [];
  const issues: RowIssue[] = [];
  const ids = new Set<string>();
  const last = records.at(-1);
  const truncatedRow = last && isCutShort(last, header.length, text) ? last.line : null;
  for (const { cells, line } of records) {
    const raw: RawRow = {};
    header.forEach((name, i) => {
      if ((PTCE_COLUMNS as readonly string[]).includes(name)) raw[name as Column] = cells[i] ?? '';
    });
    try {
      if (line === truncatedRow) {
        throw new RowRejected(
          '*',
          `ligne incomplète : le fichier s'arrête au milieu de cette ligne (fichier tronqué ?)`,
        );
      }
      if (cells.length !== header.length) {
        throw new RowRejected('*', `${cells.length} champs au lieu de ${header.length}`);
      }
      const [pole, corrections] = parseRow(raw, line, knownSectors);
      if (ids.has(pole.id)) throw new RowRejected('id', `identifiant en double « ${pole.id} »`);
      ids.add(pole.id);
      poles.push(pole);
      issues.push(...corrections);
    } catch (e) {
      if (!(e instanceof RowRejected)) throw e;
      issues.push({ row: line, field: e.field, message: e.message, severity: 'rejected' });
    }
  }
  return { poles, issues, truncatedRow };
}

type LineRecord = CsvRecord;

/**
 * A file cut mid-row ends without a line break, on a row with too few fields or inside a quoted
 * field. A cut inside the last field of a row cannot be told from a file that simply lacks its
 * final line break: such a row is kept (the Content-Length check catches cut downloads).
 */
function isCutShort(last: LineRecord, columns: number, text: string): boolean {
  if (last.openQuote) return true;
  const endsCleanly = text.endsWith('\n') || text.endsWith('\r');
  return !endsCleanly && last.cells.length < columns;
}

/** CSV records with the 1-based line on which each starts. */
function parseWithLines(text: string): LineRecord[] {
  return csvRecords(text);
}
