import { describe, expect, it } from 'vitest';
import { loadCommunes, loadSectors, measure } from './fixtures/reference';
import { generateSitesBytes, generateSitesCsv } from './generate-sites';
import { importFile } from './import-file';

describe('generateSitesCsv', () => {
  it('is deterministic for a seed', () => {
    expect(generateSitesCsv({ rows: 200, seed: 1 })).toBe(generateSitesCsv({ rows: 200, seed: 1 }));
    expect(generateSitesCsv({ rows: 200, seed: 1 })).not.toBe(
      generateSitesCsv({ rows: 200, seed: 2 }),
    );
  });

  it('produces the announced number of rows, some of each kind', () => {
    const r = importFile({
      fileName: 'gen.csv',
      bytes: generateSitesBytes({ rows: 2000, delimiter: ',' }),
      sectors: loadSectors(),
      communes: loadCommunes(),
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.delimiter).toBe(',');
    expect(r.summary.dataRows).toBe(2000);
    const codes = new Set(r.issues.map((i) => i.code));
    for (const c of [
      'geocoded',
      'coordinates_swapped',
      'coordinates_outside_france',
      'no_location',
      'website_fixed',
    ]) {
      expect(codes).toContain(c);
    }
  });

  it('imports 100,000 rows in a few seconds', () => {
    const bytes = generateSitesBytes({ rows: 100_000 });
    const sectors = loadSectors();
    const communes = loadCommunes();
    const {
      value: r,
      wallMs,
      cpuMs,
    } = measure(() => importFile({ fileName: 'bench.csv', bytes, sectors, communes }));
    console.info(
      `importFile, 100,000 rows (${(bytes.length / 1e6).toFixed(1)} MB): ${wallMs.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU`,
    );
    expect(r.ok && r.summary.imported + r.summary.rejected).toBe(100_000);
    expect(cpuMs).toBeLessThan(5000);
  }, 30_000);
});
