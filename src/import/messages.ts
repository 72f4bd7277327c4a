import type { RowIssue } from '../data/types';

/**
 * Every problem the importer reports is a stable code plus JSON-safe parameters,
 * so the UI can word it in French or English and a stored report stays
 * translatable. `message` on each issue is the French default wording.
 */

export type Lang = 'fr' | 'en';

export type BinaryKind = 'xlsx' | 'xls' | 'ods' | 'zip' | 'pdf' | 'image' | 'gzip' | 'unknown';

export interface FileErrorParams {
  empty_file: Record<string, never>;
  binary_file: { kind: BinaryKind };
  unsupported_format: { extension: string };
  invalid_json: { line?: number; column?: number };
  not_geojson: { found: string };
  no_data_rows: Record<string, never>;
  no_usable_column: { columns: string };
  internal_error: { detail: string };
}
export type FileErrorCode = keyof FileErrorParams;

export type FileError = {
  [C in FileErrorCode]: { code: C; params: FileErrorParams[C]; message: string };
}[FileErrorCode];

export type GeometryProblem =
  'not_number' | 'out_of_range' | 'ring_not_closed' | 'too_few_positions' | 'bad_structure';

export type GeocodedBy = 'insee' | 'postcode' | 'commune';

export interface IssueParams {
  // rejected rows
  no_location: Record<string, never>;
  coordinates_incomplete: { missing: string };
  coordinate_not_number: { value: string };
  coordinates_out_of_range: { lat: number; lon: number };
  coordinates_outside_france: { lat: number; lon: number };
  coordinates_unknown_projection: { x: number; y: number };
  crs_unsupported: { value: string };
  commune_not_found: { value: string };
  commune_ambiguous: { value: string; count: number; candidates: string };
  insee_not_found: { value: string };
  postcode_not_found: { value: string };
  geometry_missing: Record<string, never>;
  geometry_invalid: { reason: GeometryProblem };
  geometry_unsupported: { type: string };
  feature_invalid: Record<string, never>;
  csv_unclosed_quote: Record<string, never>;
  // corrected rows (imported, with a change the user should know about)
  coordinates_swapped: { lat: number; lon: number };
  geocoded: {
    by: GeocodedBy;
    value: string;
    commune: string;
    insee: string;
    reason: 'no_coordinates' | 'incomplete_coordinates';
  };
  geocoded_shared_postcode: { postcode: string; count: number; commune: string; insee: string };
  website_fixed: { value: string; url: string };
  website_dropped: { value: string };
  name_missing: Record<string, never>;
  extra_fields: { count: number };
  duplicate_id: { id: string; rows: number[]; features: boolean };
  ring_closed: Record<string, never>;
}
export type IssueCode = keyof IssueParams;

export type Severity = RowIssue['severity'];

/**
 * A RowIssue (so it fits the shared report UI) that also carries its code and
 * parameters. `row` is the spreadsheet row (CSV record number, header = 1, blank
 * lines counted) or the 1-based GeoJSON feature number; `line` is added for CSV
 * when the record starts on another text line (after a cell with line breaks).
 */
export type ImportIssue = {
  [C in IssueCode]: RowIssue & { code: C; params: IssueParams[C]; line?: number };
}[IssueCode];

const SEVERITY: Record<IssueCode, Severity> = {
  no_location: 'rejected',
  coordinates_incomplete: 'rejected',
  coordinate_not_number: 'rejected',
  coordinates_out_of_range: 'rejected',
  coordinates_outside_france: 'rejected',
  coordinates_unknown_projection: 'rejected',
  crs_unsupported: 'rejected',
  commune_not_found: 'rejected',
  commune_ambiguous: 'rejected',
  insee_not_found: 'rejected',
  postcode_not_found: 'rejected',
  geometry_missing: 'rejected',
  geometry_invalid: 'rejected',
  geometry_unsupported: 'rejected',
  feature_invalid: 'rejected',
  csv_unclosed_quote: 'rejected',
  coordinates_swapped: 'corrected',
  geocoded: 'corrected',
  geocoded_shared_postcode: 'corrected',
  website_fixed: 'corrected',
  website_dropped: 'corrected',
  name_missing: 'corrected',
  extra_fields: 'corrected',
  duplicate_id: 'corrected',
  ring_closed: 'corrected',
};

export function severityOf(code: IssueCode): Severity {
  return SEVERITY[code];
}

type IssueTemplates = { [C in IssueCode]: (p: IssueParams[C]) => string };
type FileTemplates = { [C in FileErrorCode]: (p: FileErrorParams[C]) => string };

const num = (n: number) => String(Math.round(n * 1e5) / 1e5);

/** "2, 5 et 9" / "2, 5 and 9"; a long list is cut after 20 rows. */
function rowList(rows: readonly number[], and: string): string {
  const shown = rows.slice(0, 20).map(String);
  if (rows.length > 20) return `${shown.join(', ')}…`;
  return shown.length < 2
    ? shown.join('')
    : `${shown.slice(0, -1).join(', ')} ${and} ${shown.at(-1)}`;
}

const BINARY_FR: Record<BinaryKind, string> = {
  xlsx: 'un classeur Excel (.xlsx) : enregistrez-le au format CSV',
  xls: 'un classeur Excel ancien format (.xls) : enregistrez-le au format CSV',
  ods: 'un classeur LibreOffice (.ods) : enregistrez-le au format CSV',
  zip: 'une archive ZIP : extrayez-en le fichier CSV ou GeoJSON',
  pdf: 'un document PDF',
  image: 'une image',
  gzip: 'une archive compressée',
  unknown: 'un fichier binaire, pas du texte',
};
const BINARY_EN: Record<BinaryKind, string> = {
  xlsx: 'an Excel workbook (.xlsx): save it as CSV',
  xls: 'an old-format Excel workbook (.xls): save it as CSV',
  ods: 'a LibreOffice spreadsheet (.ods): save it as CSV',
  zip: 'a ZIP archive: extract the CSV or GeoJSON file from it',
  pdf: 'a PDF document',
  image: 'an image',
  gzip: 'a compressed archive',
  unknown: 'a binary file, not text',
};

const GEOMETRY_FR: Record<GeometryProblem, string> = {
  not_number: 'une coordonnée n’est pas un nombre',
  out_of_range: 'une coordonnée est hors limites (longitude ±180, latitude ±90)',
  ring_not_closed: 'un contour de polygone n’est pas fermé',
  too_few_positions: 'pas assez de points',
  bad_structure: 'structure des coordonnées incorrecte',
};
const GEOMETRY_EN: Record<GeometryProblem, string> = {
  not_number: 'a coordinate is not a number',
  out_of_range: 'a coordinate is out of range (longitude ±180, latitude ±90)',
  ring_not_closed: 'a polygon ring is not closed',
  too_few_positions: 'too few positions',
  bad_structure: 'malformed coordinates',
};

const BY_FR: Record<GeocodedBy, string> = {
  insee: 'code INSEE',
  postcode: 'code postal',
  commune: 'nom de commune',
};
const BY_EN: Record<GeocodedBy, string> = {
  insee: 'INSEE code',
  postcode: 'postcode',
  commune: 'commune name',
};

const ISSUE_FR: IssueTemplates = {
  no_location: () => 'Ni coordonnées ni commune, code INSEE ou code postal : impossible de placer',
  coordinates_incomplete: (p) => `Coordonnées incomplètes (${p.missing} vide)`,
  coordinate_not_number: (p) => `« ${p.value} » n’est pas un nombre`,
  coordinates_out_of_range: (p) =>
    `Coordonnées impossibles (latitude ${num(p.lat)}, longitude ${num(p.lon)})`,
  coordinates_outside_france: (p) =>
    `Point hors de France (latitude ${num(p.lat)}, longitude ${num(p.lon)})`,
  coordinates_unknown_projection: (p) =>
    `Coordonnées ${num(p.x)} / ${num(p.y)} : ni WGS84 (degrés) ni Lambert-93`,
  crs_unsupported: (p) => `Système de coordonnées non pris en charge : « ${p.value} »`,
  commune_not_found: (p) => `Commune « ${p.value} » introuvable`,
  commune_ambiguous: (p) =>
    `Commune « ${p.value} » ambiguë (${p.count} communes : ${p.candidates}) : ajoutez le code postal ou le code INSEE`,
  insee_not_found: (p) => `Code INSEE « ${p.value} » inconnu`,
  postcode_not_found: (p) => `Code postal « ${p.value} » inconnu`,
  geometry_missing: () => 'Objet sans géométrie',
  geometry_invalid: (p) => `Géométrie invalide : ${GEOMETRY_FR[p.reason]}`,
  geometry_unsupported: (p) => `Type de géométrie non pris en charge : ${p.type}`,
  feature_invalid: () => 'Objet GeoJSON mal formé (Feature attendu)',
  csv_unclosed_quote: () =>
    'Guillemet non fermé : la suite du fichier a été lue comme une seule cellule',
  coordinates_swapped: (p) =>
    `Latitude et longitude inversées : corrigées (latitude ${num(p.lat)}, longitude ${num(p.lon)})`,
  geocoded: (p) =>
    `${p.reason === 'incomplete_coordinates' ? 'Coordonnées incomplètes' : 'Sans coordonnées'} : placé au centre de la commune ${p.commune} (${p.insee}) d’après le ${BY_FR[p.by]} « ${p.value} » (position approximative)`,
  geocoded_shared_postcode: (p) =>
    `Code postal ${p.postcode} partagé par ${p.count} communes : placé au centre de ${p.commune} (${p.insee}) (position approximative)`,
  website_fixed: (p) => `Site web « ${p.value} » complété en ${p.url}`,
  website_dropped: (p) => `Site web ignoré : « ${p.value} » n’est pas une adresse http(s)`,
  name_missing: () => 'Nom vide',
  extra_fields: (p) => `${p.count} valeur(s) en trop en fin de ligne ignorée(s)`,
  duplicate_id: (p) =>
    `Identifiant « ${p.id} » en double (${p.features ? 'objets' : 'lignes'} ${rowList(p.rows, 'et')}) : ${p.features ? 'tous sont gardés' : 'toutes sont gardées'}`,
  ring_closed: () =>
    'Contour de polygone non fermé (le dernier point n’est pas le premier) : fermé en revenant au premier point',
};

const ISSUE_EN: IssueTemplates = {
  no_location: () => 'No coordinates and no commune, INSEE code or postcode: cannot be placed',
  coordinates_incomplete: (p) => `Incomplete coordinates (${p.missing} is empty)`,
  coordinate_not_number: (p) => `“${p.value}” is not a number`,
  coordinates_out_of_range: (p) =>
    `Impossible coordinates (latitude ${num(p.lat)}, longitude ${num(p.lon)})`,
  coordinates_outside_france: (p) =>
    `Point outside France (latitude ${num(p.lat)}, longitude ${num(p.lon)})`,
  coordinates_unknown_projection: (p) =>
    `Coordinates ${num(p.x)} / ${num(p.y)}: neither WGS84 (degrees) nor Lambert-93`,
  crs_unsupported: (p) => `Unsupported coordinate reference system: “${p.value}”`,
  commune_not_found: (p) => `Commune “${p.value}” not found`,
  commune_ambiguous: (p) =>
    `Commune “${p.value}” is ambiguous (${p.count} communes: ${p.candidates}): add the postcode or INSEE code`,
  insee_not_found: (p) => `Unknown INSEE code “${p.value}”`,
  postcode_not_found: (p) => `Unknown postcode “${p.value}”`,
  geometry_missing: () => 'Feature without geometry',
  geometry_invalid: (p) => `Invalid geometry: ${GEOMETRY_EN[p.reason]}`,
  geometry_unsupported: (p) => `Unsupported geometry type: ${p.type}`,
  feature_invalid: () => 'Malformed GeoJSON object (a Feature was expected)',
  csv_unclosed_quote: () => 'Unclosed quote: the rest of the file was read as a single cell',
  coordinates_swapped: (p) =>
    `Latitude and longitude were swapped: fixed (latitude ${num(p.lat)}, longitude ${num(p.lon)})`,
  geocoded: (p) =>
    `${p.reason === 'incomplete_coordinates' ? 'Incomplete coordinates' : 'No coordinates'}: placed at the centre of ${p.commune} (${p.insee}) from the ${BY_EN[p.by]} “${p.value}” (approximate position)`,
  geocoded_shared_postcode: (p) =>
    `Postcode ${p.postcode} is shared by ${p.count} communes: placed at the centre of ${p.commune} (${p.insee}) (approximate position)`,
  website_fixed: (p) => `Website “${p.value}” completed as ${p.url}`,
  website_dropped: (p) => `Website ignored: “${p.value}” is not an http(s) address`,
  name_missing: () => 'Empty name',
  extra_fields: (p) => `${p.count} extra value(s) at the end of the line ignored`,
  duplicate_id: (p) =>
    `Duplicate id “${p.id}” (${p.features ? 'features' : 'rows'} ${rowList(p.rows, 'and')}): all of them are kept`,
  ring_closed: () =>
    'Polygon ring not closed (its last point is not its first): closed back to the first point',
};

const FILE_FR: FileTemplates = {
  empty_file: () => 'Le fichier est vide.',
  binary_file: (p) => `Ce fichier n’est pas un fichier texte : c’est ${BINARY_FR[p.kind]}.`,
  unsupported_format: (p) =>
    `Format non pris en charge${p.extension ? ` (.${p.extension})` : ''} : utilisez un fichier CSV, TSV, TXT ou GeoJSON.`,
  invalid_json: (p) =>
    `JSON invalide${p.line !== undefined ? ` (ligne ${p.line}${p.column !== undefined ? `, colonne ${p.column}` : ''})` : ''}.`,
  not_geojson: (p) =>
    `Ce JSON n’est pas du GeoJSON (${p.found}) : FeatureCollection, Feature ou géométrie attendu.`,
  no_data_rows: () => 'Le fichier ne contient aucune ligne de données.',
  no_usable_column: (p) =>
    `Aucune colonne exploitable : il faut latitude et longitude, ou une commune, un code INSEE ou un code postal (colonnes trouvées : ${p.columns || 'aucune'}).`,
  internal_error: (p) => `Erreur inattendue pendant l’import : ${p.detail}`,
};

const FILE_EN: FileTemplates = {
  empty_file: () => 'The file is empty.',
  binary_file: (p) => `This is not a text file: it is ${BINARY_EN[p.kind]}.`,
  unsupported_format: (p) =>
    `Unsupported format${p.extension ? ` (.${p.extension})` : ''}: use a CSV, TSV, TXT or GeoJSON file.`,
  invalid_json: (p) =>
    `Invalid JSON${p.line !== undefined ? ` (line ${p.line}${p.column !== undefined ? `, column ${p.column}` : ''})` : ''}.`,
  not_geojson: (p) =>
    `This JSON is not GeoJSON (${p.found}): a FeatureCollection, Feature or geometry was expected.`,
  no_data_rows: () => 'The file has no data rows.',
  no_usable_column: (p) =>
    `No usable column: latitude and longitude, or a commune, INSEE code or postcode are needed (columns found: ${p.columns || 'none'}).`,
  internal_error: (p) => `Unexpected error during import: ${p.detail}`,
};

function renderIssue<C extends IssueCode>(
  table: IssueTemplates,
  code: C,
  params: IssueParams[C],
): string {
  return table[code](params);
}

function renderFile<C extends FileErrorCode>(
  table: FileTemplates,
  code: C,
  params: FileErrorParams[C],
): string {
  return table[code](params);
}

/** The issue's wording in the given language (the UI may also use its own wording per code). */
export function issueMessage(issue: Pick<ImportIssue, 'code' | 'params'>, lang: Lang): string {
  return renderIssue(lang === 'fr' ? ISSUE_FR : ISSUE_EN, issue.code, issue.params);
}

export function fileErrorMessage(error: Pick<FileError, 'code' | 'params'>, lang: Lang): string {
  return renderFile(lang === 'fr' ? FILE_FR : FILE_EN, error.code, error.params);
}

/** Builds an issue with its severity and French default message. */
export function makeIssue<C extends IssueCode>(
  code: C,
  row: number,
  field: string,
  params: IssueParams[C],
): ImportIssue {
  return {
    row,
    field,
    code,
    params,
    severity: SEVERITY[code],
    message: renderIssue(ISSUE_FR, code, params),
  } as ImportIssue;
}

export function makeFileError<C extends FileErrorCode>(
  code: C,
  params: FileErrorParams[C],
): FileError {
  return { code, params, message: renderFile(FILE_FR, code, params) } as FileError;
}
