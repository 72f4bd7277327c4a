import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { LocationPrecision } from '../data/types';
import { bruteForceNearest, randomFrancePoints, seededRandom } from './qpv-index.bench-helper';
import { qpvServiceFromText, type PointToRelate } from './qpv-service';
import { parseQpvCollection } from '../data/qpv-types';

const text = readFileSync('public/data/qpv-2024.geojson', 'utf8');
const service = qpvServiceFromText(text, () => performance.now());
const { records } = parseQpvCollection(JSON.parse(text));

/** The poles as shipped, read with papaparse rather than the app's parser. */
const poles: PointToRelate[] = Papa.parse<Record<string, string>>(
  readFileSync('public/data/ptce.csv', 'utf8'),
  {
    header: true,
    skipEmptyLines: true,
  },
).data.map((row) => ({
  id: row['id']!,
  lon: row['longitude'] ? Number(row['longitude']) : null,
  lat: row['latitude'] ? Number(row['latitude']) : null,
  precision: row['precision'] as LocationPrecision,
}));

describe('the QPV service on the real 2024 contours and the shipped poles', () => {
  const { relations, nearby } = service.relate(poles);

  it('indexes every QPV of the full file', () => {
    expect(service.info).toMatchObject({ count: 1584, issues: 0 });
  });

  it.each([
    ['coursive-boutaric', 'QN02103M', 'Les Grésilles'],
    ['coopaxis', 'QN03709M', 'Sanitas'],
    ['gouttes-dor-mode-design', 'QN07511M', "Goutte D'Or"],
  ])('puts %s inside %s (%s), exactly located', (id, code, nom) => {
    expect(relations[id]).toMatchObject({ kind: 'inside', qpv: { code, nom }, approximate: false });
    expect(nearby[id]?.[0]).toEqual(expect.objectContaining({ code, distanceM: 0 }));
  });

  it.each([
    'la-serre-le-multiple',
    'culture-et-cooperation',
    'lille-metropole-solidaire',
    'le-damier',
  ])(
    'gives %s, placed at its commune centre, the nearest QPV of a full scan, flagged approximate',
    (id) => {
      const pole = poles.find((p) => p.id === id)!;
      const expected = bruteForceNearest(records, pole.lon!, pole.lat!)!;
      const relation = relations[id]!;
      expect(relation.kind).not.toBe('unknown');
      if (relation.kind === 'unknown') return;
      expect(relation.qpv.code).toBe(expected.qpv.code);
      expect(relation.approximate).toBe(true);
      expect(relation.precision).toBe('commune');
      if (relation.kind !== 'inside') expect(relation.distanceM).toBe(expected.distanceM);
    },
  );

  it('answers unknown for the poles that are not located, with no nearby QPV', () => {
    for (const id of ['appui-coallia-taf-et-maffe', 'la-verriere']) {
      expect(relations[id]).toEqual({ kind: 'unknown' });
      expect(nearby[id]).toEqual([]);
    }
  });

  it('lists the QPV within 1 km closest first, consistent with the relation', () => {
    for (const p of poles) {
      const list = nearby[p.id]!;
      const relation = relations[p.id]!;
      expect(list.every((n) => n.distanceM <= 1000)).toBe(true);
      expect(list.map((n) => n.distanceM)).toEqual(
        [...list.map((n) => n.distanceM)].sort((a, b) => a - b),
      );
      if (relation.kind === 'inside' || relation.kind === 'near') {
        expect(list[0]?.distanceM).toBe(relation.kind === 'inside' ? 0 : relation.distanceM);
      } else {
        expect(list).toEqual([]);
      }
    }
  });

  it('checks a place: the Dijon commune centre is not in a QPV, a point of the Grésilles is', () => {
    const centre = service.check(5.0322, 47.3319, 'commune');
    expect(centre.relation.kind).not.toBe('inside');
    expect(centre.relation).toMatchObject({ approximate: true });
    const gresilles = service.check(5.06731, 47.33302, 'exacte');
    expect(gresilles.relation).toMatchObject({ kind: 'inside', qpv: { code: 'QN02103M' } });
    expect(gresilles.nearby[0]).toMatchObject({ code: 'QN02103M', distanceM: 0 });
  });

  it('relates 10,000 random points in well under a few seconds', () => {
    const points = randomFrancePoints(10_000, seededRandom(7)).map(([lon, lat], i) => ({
      id: String(i),
      lon,
      lat,
      precision: 'exacte' as const,
    }));
    const t0 = performance.now();
    const result = service.relate(points);
    const ms = performance.now() - t0;
    expect(Object.keys(result.relations)).toHaveLength(10_000);
    // A generous bound for a shared 2-core machine; the bench reports the real figure.
    expect(ms).toBeLessThan(5000);
  });
});

describe('qpvServiceFromText on a bad file', () => {
  it('names what is wrong', () => {
    expect(() => qpvServiceFromText('{"type": "Feat')).toThrow(/JSON/);
    expect(() => qpvServiceFromText('{"type": "FeatureCollection", "features": []}')).toThrow(
      'aucun QPV dans le fichier',
    );
    expect(() => qpvServiceFromText('[]')).toThrow('type : FeatureCollection attendue');
  });
});
