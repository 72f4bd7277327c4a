import { normalizeInsee, normalizePostcode, type CommuneIndex } from '../data/communes';
import { checkGeometry } from './check-geometry';
import {
  parseCoordinatePair,
  parseCrs,
  parseNumber,
  resolvePoint,
  type CrsCode,
} from './coordinates';
import { describeCandidates, geocodeRow, type GeocodeFailure } from './geocode-rows';
import type { ColumnMapping, ColumnRole } from './guess-columns';
import type { SectorMatcher } from './match-sectors';
import { makeIssue, type ImportIssue } from './messages';
import { cleanLine, cleanText } from './normalize';
import type { ImportedSite } from './types';
import { normalizeWebsite } from './website';

/** One row from any source, before interpretation. */
export interface SourceRow {
  row: number;
  /** CSV only: physical line where the record starts. */
  line?: number;
  values: readonly string[];
  /** GeoJSON rows only: the raw geometry member (null/undefined = none). */
  geometry?: unknown;
  /** GeoJSON rows only: false when the item is not a Feature. */
  wellFormed?: boolean;
  /** JSON input: cells that held an array, element by element, by column position. */
  lists?: ReadonlyMap<number, readonly string[]>;
}

/**
 * Roles that take a list as it is written (several sectors, lines of an address or a
 * description); every other role needs one value and reads a list as its first element.
 */
const LIST_ROLES: ReadonlySet<ColumnRole> = new Set([
  'sectors',
  'description',
  'address',
  'coordinates',
]);

export interface RowContext {
  columns: readonly string[];
  mapping: ColumnMapping;
  /** GeoJSON input: the location is the geometry, not columns. */
  geometryRows: boolean;
  /** CRS from the user (import option) or the file (GeoJSON `crs`); a per-row CRS column wins. */
  crs: CrsCode | null;
  /** A CRS was declared for the file but is not supported: every row is rejected with it. */
  unsupportedCrs: string | null;
  communes: CommuneIndex;
  sectors: SectorMatcher;
  idPrefix: 'r' | 'f';
}

export type RowOutcome =
  | { ok: true; site: ImportedSite; issues: ImportIssue[]; crs: CrsCode | null }
  | { ok: false; issue: ImportIssue };

interface Location {
  lat: number;
  lon: number;
  precision: ImportedSite['precision'];
  geometry: ImportedSite['geometry'];
  crs: CrsCode | null;
  commune?: { name: string; insee: string; postcode: string; dept: string };
}

type Located = { ok: true; location: Location } | { ok: false; issue: ImportIssue };

/** Read access to one row by role. */
interface Cells {
  row: number;
  has(role: ColumnRole): boolean;
  get(role: ColumnRole): string;
  /** The column name to cite in an issue. */
  field(role: ColumnRole): string;
}

/** A code cell in its canonical form when it is valid ("1001" → "01001"), else as written. */
function code(value: string, normalize: (v: string) => string | null): string {
  const line = cleanLine(value);
  return line === '' ? '' : (normalize(line) ?? line);
}

/** Cell values quoted in messages are kept short and on one line. */
function short(value: string): string {
  const line = cleanLine(value);
  return line.length > 100 ? `${line.slice(0, 99)}…` : line;
}

/**
 * Interprets one row: location (coordinates, geometry or commune), then the
 * descriptive fields. Returns the site and its 'corrected' notes, or exactly one
 * 'rejected' issue saying why the row was left out.
 */
export function createRowProcessor(ctx: RowContext): (source: SourceRow) => RowOutcome {
  const index: Partial<Record<ColumnRole, number>> = {};
  for (const [role, column] of Object.entries(ctx.mapping) as [ColumnRole, string][]) {
    const i = ctx.columns.indexOf(column);
    if (i !== -1) index[role] = i;
  }
  const field = (role: ColumnRole) => ctx.mapping[role] ?? role;

  return (source) => {
    const get = (role: ColumnRole) => {
      const i = index[role];
      if (i === undefined) return '';
      const list = LIST_ROLES.has(role) ? undefined : source.lists?.get(i);
      return list ? (list[0] ?? '') : (source.values[i] ?? '');
    };
    const cells: Cells = {
      row: source.row,
      has: (role) => index[role] !== undefined,
      get,
      field,
    };
    const notes: ImportIssue[] = [];
    const reject = (issue: ImportIssue): RowOutcome => ({ ok: false, issue });

    if (source.wellFormed === false) {
      return reject(makeIssue('feature_invalid', source.row, '', {}));
    }

    if (ctx.unsupportedCrs !== null) {
      return reject(makeIssue('crs_unsupported', source.row, 'crs', { value: ctx.unsupportedCrs }));
    }
    let crs = ctx.crs;
    const rowCrs = get('crs').trim();
    if (rowCrs) {
      const parsed = parseCrs(rowCrs);
      if (!parsed) {
        return reject(
          makeIssue('crs_unsupported', source.row, field('crs'), { value: short(rowCrs) }),
        );
      }
      crs = parsed;
    }

    const located = ctx.geometryRows
      ? locateGeometry(source, crs, notes)
      : locateByColumns(cells, crs, ctx.communes, notes);
    if (!located.ok) return reject(located.issue);
    const { location } = located;

    const extra = source.values.length - ctx.columns.length;
    if (!ctx.geometryRows && extra > 0) {
      const extraValues = source.values.slice(ctx.columns.length).filter((v) => v.trim() !== '');
      if (extraValues.length > 0) {
        notes.push(makeIssue('extra_fields', source.row, '', { count: extraValues.length }));
      }
    }
    const nom = cleanLine(get('name'));
    if (ctx.mapping.name !== undefined && nom === '') {
      notes.push(makeIssue('name_missing', source.row, field('name'), {}));
    }

    const rawWebsite = cleanLine(get('website'));
    const website = normalizeWebsite(rawWebsite);
    let siteWeb = '';
    if (website.status === 'ok') siteWeb = website.url;
    else if (website.status === 'fixed') {
      siteWeb = website.url;
      notes.push(
        makeIssue('website_fixed', source.row, field('website'), {
          value: short(rawWebsite),
          url: website.url,
        }),
      );
    } else if (website.status === 'dropped') {
      notes.push(
        makeIssue('website_dropped', source.row, field('website'), { value: short(rawWebsite) }),
      );
    }

    const properties: Record<string, string> = {};
    ctx.columns.forEach((column, i) => {
      const value = cleanText(source.values[i] ?? '');
      if (value !== '') properties[column] = value;
    });
    let lists: Record<string, string[]> | undefined;
    for (const [i, list] of source.lists ?? []) {
      const items = list.map(cleanLine).filter((v) => v !== '');
      if (items.length > 0) (lists ??= {})[ctx.columns[i]!] = items;
    }

    const found = location.commune;
    const site: ImportedSite = {
      id: `${ctx.idPrefix}${source.row}`,
      row: source.row,
      nom,
      lat: location.lat,
      lon: location.lon,
      precision: location.precision,
      geometry: location.geometry,
      commune: cleanLine(get('commune')) || (found?.name ?? ''),
      codeInsee: code(get('insee'), normalizeInsee) || (found?.insee ?? ''),
      codePostal: code(get('postcode'), normalizePostcode) || (found?.postcode ?? ''),
      departement: cleanLine(get('department')) || (found?.dept ?? ''),
      adresse: cleanText(get('address')),
      secteurs: ctx.sectors.match(get('sectors'), source.row),
      siteWeb,
      description: cleanText(get('description')),
      properties,
      ...(lists ? { lists } : {}),
    };
    return { ok: true, site, issues: notes, crs: location.crs };
  };
}

function locateGeometry(source: SourceRow, crs: CrsCode | null, notes: ImportIssue[]): Located {
  const row = source.row;
  const checked = checkGeometry(source.geometry, crs);
  if (!checked.ok) {
    switch (checked.code) {
      case 'geometry_missing':
        return { ok: false, issue: makeIssue('geometry_missing', row, 'geometry', {}) };
      case 'geometry_unsupported':
        return {
          ok: false,
          issue: makeIssue('geometry_unsupported', row, 'geometry', { type: checked.type }),
        };
      case 'geometry_invalid':
        return {
          ok: false,
          issue: makeIssue('geometry_invalid', row, 'geometry', { reason: checked.reason }),
        };
      case 'coordinates_outside_france':
        return {
          ok: false,
          issue: makeIssue('coordinates_outside_france', row, 'geometry', {
            lat: checked.lat,
            lon: checked.lon,
          }),
        };
      case 'coordinates_unknown_projection':
        return {
          ok: false,
          issue: makeIssue('coordinates_unknown_projection', row, 'geometry', {
            x: checked.x,
            y: checked.y,
          }),
        };
    }
  }
  const [lon, lat] = checked.point;
  if (checked.swapped) {
    notes.push(makeIssue('coordinates_swapped', row, 'geometry', { lat, lon }));
  }
  if (checked.ringClosed) notes.push(makeIssue('ring_closed', row, 'geometry', {}));
  return {
    ok: true,
    location: {
      lat,
      lon,
      precision: 'exacte',
      geometry: checked.geometry.type === 'Point' ? null : checked.geometry,
      crs: checked.crs,
    },
  };
}

type Coordinates =
  | { kind: 'absent' }
  | { kind: 'incomplete'; missing: string }
  | { kind: 'invalid'; issue: ImportIssue }
  | { kind: 'ok'; lat: number; lon: number; crs: CrsCode; swapped: boolean };

function readCoordinates(cells: Cells, crs: CrsCode | null): Coordinates {
  const { row, get, field } = cells;
  let latOrY: number;
  let lonOrX: number;
  let where: string;
  if (cells.has('latitude') && cells.has('longitude')) {
    const a = get('latitude').trim();
    const b = get('longitude').trim();
    where = `${field('latitude')} / ${field('longitude')}`;
    if (a === '' && b === '') return { kind: 'absent' };
    if (a === '' || b === '') {
      return { kind: 'incomplete', missing: a === '' ? field('latitude') : field('longitude') };
    }
    const na = parseNumber(a);
    if (na === null) {
      const issue = makeIssue('coordinate_not_number', row, field('latitude'), { value: short(a) });
      return { kind: 'invalid', issue };
    }
    const nb = parseNumber(b);
    if (nb === null) {
      const issue = makeIssue('coordinate_not_number', row, field('longitude'), {
        value: short(b),
      });
      return { kind: 'invalid', issue };
    }
    latOrY = na;
    lonOrX = nb;
  } else if (cells.has('coordinates')) {
    const raw = get('coordinates').trim();
    where = field('coordinates');
    if (raw === '') return { kind: 'absent' };
    const pair = parseCoordinatePair(raw);
    if (!pair) {
      return {
        kind: 'invalid',
        issue: makeIssue('coordinate_not_number', row, where, { value: short(raw) }),
      };
    }
    [latOrY, lonOrX] = pair;
  } else {
    return { kind: 'absent' };
  }
  // 0/0 is how many spreadsheets say "unknown": treat it as no coordinates.
  if (latOrY === 0 && lonOrX === 0) return { kind: 'absent' };

  const r = resolvePoint(latOrY, lonOrX, crs);
  if (r.ok) return { kind: 'ok', lat: r.lat, lon: r.lon, crs: r.crs, swapped: r.swapped };
  const issue =
    r.reason === 'unknown_projection'
      ? makeIssue('coordinates_unknown_projection', row, where, { x: r.x, y: r.y })
      : r.reason === 'out_of_range'
        ? makeIssue('coordinates_out_of_range', row, where, { lat: r.lat, lon: r.lon })
        : makeIssue('coordinates_outside_france', row, where, { lat: r.lat, lon: r.lon });
  return { kind: 'invalid', issue };
}

function locateByColumns(
  cells: Cells,
  crs: CrsCode | null,
  communes: CommuneIndex,
  notes: ImportIssue[],
): Located {
  const { row, get, field } = cells;
  const coords = readCoordinates(cells, crs);
  if (coords.kind === 'invalid') return { ok: false, issue: coords.issue };
  if (coords.kind === 'ok') {
    if (coords.swapped) {
      notes.push(
        makeIssue('coordinates_swapped', row, `${field('latitude')} / ${field('longitude')}`, {
          lat: coords.lat,
          lon: coords.lon,
        }),
      );
    }
    return {
      ok: true,
      location: {
        lat: coords.lat,
        lon: coords.lon,
        precision: 'exacte',
        geometry: null,
        crs: coords.crs,
      },
    };
  }

  const geocoded = geocodeRow(
    {
      commune: get('commune'),
      insee: get('insee'),
      postcode: get('postcode'),
      department: get('department'),
    },
    communes,
  );
  if (!geocoded.ok) {
    if (coords.kind === 'incomplete' && geocoded.code === 'no_location') {
      return {
        ok: false,
        issue: makeIssue('coordinates_incomplete', row, coords.missing, {
          missing: coords.missing,
        }),
      };
    }
    return { ok: false, issue: geocodeIssue(row, geocoded, field) };
  }
  const c = geocoded.commune;
  const by = geocoded.by;
  const source = field(by === 'commune' ? 'commune' : by);
  if (geocoded.sharedBy !== undefined) {
    notes.push(
      makeIssue('geocoded_shared_postcode', row, source, {
        postcode: short(geocoded.value),
        count: geocoded.sharedBy,
        commune: c.name,
        insee: c.insee,
      }),
    );
  } else {
    notes.push(
      makeIssue('geocoded', row, source, {
        by,
        value: short(geocoded.value),
        commune: c.name,
        insee: c.insee,
        reason: coords.kind === 'incomplete' ? 'incomplete_coordinates' : 'no_coordinates',
      }),
    );
  }
  return {
    ok: true,
    location: {
      lat: c.lat,
      lon: c.lon,
      precision: 'commune',
      geometry: null,
      crs: null,
      commune: { name: c.name, insee: c.insee, postcode: c.postcode, dept: c.dept },
    },
  };
}

function geocodeIssue(
  row: number,
  failure: GeocodeFailure,
  field: (role: ColumnRole) => string,
): ImportIssue {
  switch (failure.code) {
    case 'no_location':
      return makeIssue('no_location', row, '', {});
    case 'commune_not_found':
      return makeIssue('commune_not_found', row, field('commune'), { value: short(failure.value) });
    case 'commune_ambiguous':
      return makeIssue('commune_ambiguous', row, field('commune'), {
        value: short(failure.value),
        count: failure.candidates.length,
        candidates: describeCandidates(failure.candidates),
      });
    case 'insee_not_found':
      return makeIssue('insee_not_found', row, field('insee'), { value: short(failure.value) });
    case 'postcode_not_found':
      return makeIssue('postcode_not_found', row, field('postcode'), {
        value: short(failure.value),
      });
  }
}
