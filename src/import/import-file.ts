import type { CommuneIndex } from '../data/communes';
import type { Sector } from '../data/types';
import type { CrsCode } from './coordinates';
import { decodeText, type TextEncodingName } from './decode-text';
import { detectFormat } from './detect-format';
import { duplicateIdIssues, idColumnIndex } from './duplicate-ids';
import {
  guessColumns,
  sanitizeMapping,
  type ColumnGuess,
  type ColumnMapping,
} from './guess-columns';
import { hasLocation } from './has-location';
import { createSectorMatcher, type CustomSector } from './match-sectors';
import { makeFileError, makeIssue, type FileError, type ImportIssue } from './messages';
import { parseCsv, type Delimiter } from './parse-csv';
import { parseGeoJson } from './parse-geojson';
import { createRowProcessor, type SourceRow } from './process-row';
import type { ImportedSite } from './types';

export interface ImportInput {
  fileName: string;
  bytes: Uint8Array;
  sectors: readonly Sector[];
  communes: CommuneIndex;
  /** The user's choice from the mapping step; replaces the guess entirely. */
  mapping?: ColumnMapping;
  /** "These coordinates are Lambert-93": overrides a GeoJSON `crs` and the guess by magnitude. */
  crs?: CrsCode;
  delimiter?: Delimiter;
}

export interface ImportSummary {
  /** Non-blank rows after the header (CSV) or features (GeoJSON). */
  dataRows: number;
  imported: number;
  rejected: number;
  /** Imported rows with at least one 'corrected' issue. */
  corrected: number;
}

export type ImportFormat = 'csv' | 'geojson' | 'json-records';

export interface ImportResult {
  ok: true;
  format: ImportFormat;
  encoding: TextEncodingName;
  /** CSV only. */
  delimiter: Delimiter | null;
  columns: string[];
  /** The mapping actually used (the override when one was given). */
  mapping: ColumnMapping;
  /** What the guesser proposed, for the mapping step. */
  guess: ColumnGuess;
  /** Show the mapping step: the guess is uncertain and no override was given. */
  unsure: boolean;
  sites: ImportedSite[];
  /** Sorted by row; each rejected row has exactly one 'rejected' issue. */
  issues: ImportIssue[];
  summary: ImportSummary;
  /** Sectors not in secteurs.csv, kept as their own categories. */
  customSectors: CustomSector[];
  /** CRS declared by the file (GeoJSON `crs`), and how many sites came from each CRS. */
  crs: { declared: string | null; used: Partial<Record<CrsCode, number>> };
}

export type ImportOutcome = ImportResult | { ok: false; error: FileError };

/** Rows whose values help the column guess. */
const GUESS_SAMPLE = 50;

/** Rows processed between two deadline checks (checking the clock is not free). */
const CLOCK_EVERY = 256;

/** A prepared import whose rows can be processed in slices (see import-worker). */
export interface ImportJob {
  readonly total: number;
  readonly processed: number;
  /** Processes rows until `deadline` (a performance.now() value) or the end. Returns true when done. */
  run(deadline?: number): boolean;
  /** The result; call once run() has returned true. */
  result(): ImportResult;
}

export type PreparedImport = { ok: true; job: ImportJob } | { ok: false; error: FileError };

/** Adds the text-editor line when it differs from the spreadsheet row (after multi-line cells). */
function withLine(issue: ImportIssue, source: SourceRow): ImportIssue {
  if (source.line !== undefined && source.line !== source.row) issue.line = source.line;
  return issue;
}

function errorDetail(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 200);
}

/** Decodes, parses and maps the file; row work is left to the returned job. Never throws. */
export function prepareImport(input: ImportInput): PreparedImport {
  try {
    return prepare(input);
  } catch (e) {
    return { ok: false, error: makeFileError('internal_error', { detail: errorDetail(e) }) };
  }
}

function prepare(input: ImportInput): PreparedImport {
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) {
    return {
      ok: false,
      error:
        decoded.error === 'empty'
          ? makeFileError('empty_file', {})
          : makeFileError('binary_file', { kind: decoded.kind }),
    };
  }
  const format = detectFormat(input.fileName, decoded.text);
  if (!format.ok) {
    return {
      ok: false,
      error: makeFileError('unsupported_format', { extension: format.extension }),
    };
  }

  let columns: string[];
  let rows: SourceRow[];
  let kind: ImportFormat;
  let delimiter: Delimiter | null = null;
  let declared: string | null = null;
  let fileCrs: CrsCode | null = null;
  const preIssues: ImportIssue[] = [];

  if (format.format === 'json') {
    const parsed = parseGeoJson(decoded.text);
    if (!parsed.ok) {
      return {
        ok: false,
        error:
          parsed.error === 'invalid_json'
            ? makeFileError('invalid_json', {
                ...(parsed.line !== undefined ? { line: parsed.line } : {}),
                ...(parsed.column !== undefined ? { column: parsed.column } : {}),
              })
            : makeFileError('not_geojson', { found: parsed.found }),
      };
    }
    columns = parsed.columns;
    rows = parsed.rows;
    kind = parsed.kind === 'geojson' ? 'geojson' : 'json-records';
    declared = parsed.crs?.name ?? null;
    fileCrs = parsed.crs?.code ?? null;
  } else {
    // A ".tsv" is not forced to tabs: the content decides, as for the format.
    const table = parseCsv(decoded.text, input.delimiter ? { delimiter: input.delimiter } : {});
    columns = table.headers;
    rows = table.rows;
    kind = 'csv';
    delimiter = table.delimiter;
    if (table.unclosedQuoteRow !== null) {
      const bad = table.unclosedQuoteRow;
      // The record holding the runaway cell is unusable; report it instead of importing junk.
      rows = rows.filter((r) => r.row !== bad);
      if (bad > table.headerRow) preIssues.push(makeIssue('csv_unclosed_quote', bad, '', {}));
    }
  }

  const dataRows = rows.length + preIssues.length;
  if (dataRows === 0) return { ok: false, error: makeFileError('no_data_rows', {}) };

  const geometryRows = kind === 'geojson';
  const noColumns = columns.every((c) => c.trim() === '');
  if (!geometryRows && noColumns) {
    return { ok: false, error: makeFileError('no_usable_column', { columns: '' }) };
  }
  const sample = rows.slice(0, GUESS_SAMPLE).map((r) => r.values);
  const guess = guessColumns(columns, sample, { geometry: geometryRows });
  const mapping = input.mapping ? sanitizeMapping(input.mapping, columns) : guess.mapping;
  // Columns but none recognised as a place: the mapping step asks the user which is which,
  // so no row is worth processing before the answer.
  const awaitsMapping = !geometryRows && !hasLocation(mapping);
  if (awaitsMapping && input.mapping) {
    return {
      ok: false,
      error: makeFileError('no_usable_column', { columns: columns.slice(0, 30).join(', ') }),
    };
  }
  const work = awaitsMapping ? [] : rows;
  // Features with no properties at all: nothing to map, each is named "Objet n" on display.
  const unsure = !input.mapping && guess.unsure && !(geometryRows && noColumns);

  const sectorMatcher = createSectorMatcher(input.sectors);
  const process = createRowProcessor({
    columns,
    mapping,
    geometryRows,
    crs: input.crs ?? fileCrs,
    unsupportedCrs: !input.crs && declared !== null && fileCrs === null ? declared : null,
    communes: input.communes,
    sectors: sectorMatcher,
    idPrefix: geometryRows ? 'f' : 'r',
  });

  const sites: ImportedSite[] = [];
  const issues: ImportIssue[] = [...preIssues];
  const used: Partial<Record<CrsCode, number>> = {};
  const correctedRows = new Set<number>();
  let rejected = preIssues.length;
  let next = 0;
  let idIndex = idColumnIndex(columns);

  const job: ImportJob = {
    total: work.length,
    get processed() {
      return next;
    },
    run(deadline = Infinity) {
      while (next < work.length) {
        const source = work[next]!;
        const outcome = process(source);
        next++;
        if (outcome.ok) {
          sites.push(outcome.site);
          if (outcome.issues.length > 0) {
            correctedRows.add(source.row);
            for (const issue of outcome.issues) issues.push(withLine(issue, source));
          }
          if (outcome.crs) used[outcome.crs] = (used[outcome.crs] ?? 0) + 1;
        } else {
          rejected++;
          issues.push(withLine(outcome.issue, source));
        }
        if (next % CLOCK_EVERY === 0 && performance.now() >= deadline) break;
      }
      return next >= work.length;
    },
    result() {
      if (idIndex !== -1) {
        const kept = new Map(work.map((r) => [r.row, r]));
        const keptRows = sites.map((site) => kept.get(site.row)!);
        for (const issue of duplicateIdIssues(keptRows, columns[idIndex]!, idIndex, geometryRows)) {
          const source = kept.get(issue.row)!;
          correctedRows.add(issue.row);
          issues.push(withLine(issue, source));
        }
        idIndex = -1; // checked once, however many times the result is asked for
      }
      issues.sort((a, b) => a.row - b.row);
      return {
        ok: true,
        format: kind,
        encoding: decoded.encoding,
        delimiter,
        columns,
        mapping,
        guess,
        unsure,
        sites,
        issues,
        summary: { dataRows, imported: sites.length, rejected, corrected: correctedRows.size },
        customSectors: sectorMatcher.customSectors(),
        crs: { declared, used },
      };
    },
  };
  return { ok: true, job };
}

/**
 * The whole import in one call: (file name, bytes, reference sectors, commune
 * index, optional mapping) → located sites and a complete report, or a
 * file-level error. Never throws.
 */
export function importFile(input: ImportInput): ImportOutcome {
  const prepared = prepareImport(input);
  if (!prepared.ok) return prepared;
  try {
    prepared.job.run();
    return prepared.job.result();
  } catch (e) {
    return { ok: false, error: makeFileError('internal_error', { detail: errorDetail(e) }) };
  }
}
