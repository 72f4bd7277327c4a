import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadCommunes, loadSectors, utf8 } from './fixtures/reference';
import { hasLocation } from './has-location';
import { importFile, type ImportOutcome } from './import-file';

const sectors = loadSectors();
const communes = loadCommunes();

const FILE_NAMES = ['x.csv', 'x.tsv', 'x.txt', 'x.geojson', 'x.json', 'x', 'x.xlsx', 'x.CSV'];

/** Whatever the input: either a file error, or every data row imported or rejected exactly once. */
function checkAccounting(outcome: ImportOutcome): void {
  if (!outcome.ok) {
    expect(outcome.error.message).toBeTruthy();
    return;
  }
  const { summary, sites, issues } = outcome;
  if (outcome.format !== 'geojson' && !hasLocation(outcome.mapping)) {
    // Waiting for the mapping step: nothing imported yet, and the step is shown.
    expect(outcome.unsure).toBe(true);
    expect(sites).toHaveLength(0);
    return;
  }
  expect(summary.imported + summary.rejected).toBe(summary.dataRows);
  expect(sites).toHaveLength(summary.imported);
  const rejectedRows = issues.filter((i) => i.severity === 'rejected').map((i) => i.row);
  expect(rejectedRows).toHaveLength(summary.rejected);
  const siteRows = new Set(sites.map((s) => s.row));
  expect(siteRows.size).toBe(sites.length);
  for (const row of rejectedRows) expect(siteRows.has(row)).toBe(false);
  const correctedRows = new Set(issues.filter((i) => i.severity === 'corrected').map((i) => i.row));
  expect(correctedRows.size).toBe(summary.corrected);
  for (const s of sites) {
    expect(Number.isFinite(s.lat) && Number.isFinite(s.lon)).toBe(true);
    expect(s.siteWeb === '' || /^https?:\/\//.test(s.siteWeb)).toBe(true);
  }
}

function run(fileName: string, bytes: Uint8Array): ImportOutcome {
  return importFile({ fileName, bytes, sectors, communes });
}

describe('importFile never throws and accounts for every row', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FILE_NAMES),
        fc.uint8Array({ maxLength: 400 }),
        (name, bytes) => {
          checkAccounting(run(name, bytes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random text', () => {
    const alphabet = fc.constantFrom(
      ...'abc;,|\t"\n\r 0123456789.-éÉ’{}[]:'.split(''),
      'lat',
      'lon',
      'nom',
      'commune',
      'Lyon',
      '45,7',
      '4,8',
      '"type":"Feature"',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...FILE_NAMES),
        fc.array(alphabet, { maxLength: 200 }).map((parts) => parts.join('')),
        (name, text) => {
          checkAccounting(run(name, utf8(text)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        checkAccounting(run('x.geojson', utf8(JSON.stringify(value) ?? 'null')));
      }),
      { numRuns: 200 },
    );
  });

  it('random GeoJSON-shaped features', () => {
    const coordinate = fc.oneof(
      fc.double({ min: -200, max: 200 }),
      fc.double({ min: 41, max: 51 }),
      fc.constant(null),
      fc.string({ maxLength: 3 }),
    );
    const position = fc.array(coordinate, { minLength: 0, maxLength: 3 });
    const geometry = fc.oneof(
      fc.constant(null),
      fc.record({ type: fc.constant('Point'), coordinates: position }),
      fc.record({
        type: fc.constantFrom('MultiPoint', 'LineString'),
        coordinates: fc.array(position, { maxLength: 4 }),
      }),
      fc.record({
        type: fc.constantFrom('Polygon', 'MultiLineString'),
        coordinates: fc.array(fc.array(position, { maxLength: 5 }), { maxLength: 2 }),
      }),
      fc.record({ type: fc.string({ maxLength: 8 }), coordinates: fc.jsonValue({ maxDepth: 2 }) }),
    );
    const feature = fc.oneof(
      fc.record({
        type: fc.constant('Feature'),
        properties: fc.dictionary(
          fc.constantFrom('nom', 'secteurs', 'commune', 'x'),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        geometry,
      }),
      fc.jsonValue({ maxDepth: 1 }),
    );
    fc.assert(
      fc.property(fc.array(feature, { minLength: 1, maxLength: 12 }), (features) => {
        const outcome = run(
          'x.geojson',
          utf8(JSON.stringify({ type: 'FeatureCollection', features })),
        );
        checkAccounting(outcome);
        expect(outcome.ok && outcome.summary.dataRows).toBe(features.length);
      }),
      { numRuns: 200 },
    );
  });

  it('random tables written as CSV: data rows = non-blank records after the header', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '',
        '45,76',
        '4,83',
        '-0,5',
        'Lyon',
        'Saint-Denis',
        '75011',
        '"',
        ';',
        '\n',
        'x\r\ny',
      ),
      fc.double({ min: -100, max: 100, noNaN: true }).map((n) => String(n)),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(';', ',', '\t', '|'),
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 25 }),
        (delimiter, rows) => {
          const header = ['nom', 'latitude', 'longitude', 'commune'];
          const csv = Papa.unparse({ fields: header, data: rows }, { delimiter });
          const outcome = run('x.csv', utf8(csv));
          checkAccounting(outcome);
          if (outcome.ok) {
            const nonBlank = rows.filter((r) => r.some((v) => v.trim() !== '')).length;
            expect(outcome.summary.dataRows).toBe(nonBlank);
            // Row numbers are record numbers, header = 1.
            const rowNumbers = [
              ...outcome.sites.map((s) => s.row),
              ...outcome.issues.map((i) => i.row),
            ];
            for (const n of rowNumbers) expect(n >= 2 && n <= rows.length + 1).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
