import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQpvCollection, toQpvSummary } from './qpv-types';

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
}

const ring = [
  [2, 45],
  [2.01, 45],
  [2.01, 45.01],
  [2, 45],
];

function feature(props: Record<string, unknown> = {}, geometry: unknown = undefined): unknown {
  return {
    type: 'Feature',
    properties: {
      code: 'QN99999N',
      nom: 'Test',
      commune: 'Testville',
      insee: '99001',
      departement: '99',
      departement_nom: 'Test',
      zone: 'metropole',
      generation: '2024',
      ...props,
    },
    geometry: geometry === undefined ? { type: 'Polygon', coordinates: [ring] } : geometry,
  };
}

function collection(...features: unknown[]): unknown {
  return { type: 'FeatureCollection', features };
}

describe('parseQpvCollection', () => {
  it('reads the full-resolution file without any issue', () => {
    const { records, issues } = parseQpvCollection(readJson('qpv-2024.geojson'));
    expect(issues).toEqual([]);
    expect(records).toHaveLength(1584);
    expect(records.filter((r) => r.zone === 'outre-mer')).toHaveLength(222);
    const gresilles = records.find((r) => r.code === 'QN02103M');
    expect(gresilles).toMatchObject({
      nom: 'Les Grésilles',
      commune: 'Dijon',
      insee: ['21231'],
      departement: '21',
      departementNom: "Côte-d'Or",
      zone: 'metropole',
      generation: '2024',
    });
    const [minLon, minLat, maxLon, maxLat] = gresilles!.bbox;
    expect(minLon).toBeLessThan(5.06731);
    expect(maxLon).toBeGreaterThan(5.06731);
    expect(minLat).toBeLessThan(47.33302);
    expect(maxLat).toBeGreaterThan(47.33302);
  });

  it('reads the simplified and the target files too', () => {
    expect(parseQpvCollection(readJson('qpv-2024-simplifie.geojson')).issues).toEqual([]);
    const targets = parseQpvCollection(readJson('qpv-2024-cibles-ptce.geojson'));
    expect(targets.issues).toEqual([]);
    expect(targets.records.map((r) => r.code).sort()).toEqual(['QN02103M', 'QN03709M', 'QN07511M']);
  });

  it('splits QPVs that straddle several communes into their INSEE codes', () => {
    const { records } = parseQpvCollection(readJson('qpv-2024.geojson'));
    const multi = records.filter((r) => r.insee.length > 1);
    expect(multi.length).toBe(149);
    expect(multi.every((r) => r.insee.every((c) => /^[0-9][0-9AB][0-9]{3}$/.test(c)))).toBe(true);
  });

  it('computes the bbox over every part of a MultiPolygon', () => {
    const other = [
      [3, 44],
      [3.1, 44],
      [3.1, 44.1],
      [3, 44],
    ];
    const { records } = parseQpvCollection(
      collection(feature({}, { type: 'MultiPolygon', coordinates: [[ring], [other]] })),
    );
    expect(records[0]?.bbox).toEqual([2, 44, 3.1, 45.01]);
  });

  it('reports malformed features and keeps the others', () => {
    const json = collection(
      feature(),
      'not a feature',
      feature({ code: 'QN00000A', zone: 'ailleurs' }),
      feature({ code: 'QN00000B' }, { type: 'Point', coordinates: [2, 45] }),
      feature({ code: 'QN00000C' }, { type: 'Polygon', coordinates: [ring.slice(0, 3)] }),
      feature(
        { code: 'QN00000D' },
        { type: 'Polygon', coordinates: [ring.slice(0, 3).concat([[3, 3]])] },
      ),
      feature(
        { code: 'QN00000E' },
        {
          type: 'Polygon',
          coordinates: [
            [
              [2, 45],
              [200, 45],
              [2, 46],
              [2, 45],
            ],
          ],
        },
      ),
      feature(
        { code: 'QN00000F' },
        {
          type: 'Polygon',
          coordinates: [
            [
              [2, '45'],
              [2, 46],
              [3, 46],
              [2, 45],
            ],
          ],
        },
      ),
      feature({ code: 'QN00000G', nom: '' }),
      feature({ code: 'QN00000H' }, null),
      feature({ code: 'QN00000I' }, { type: 'MultiPolygon', coordinates: [] }),
      feature(),
      { type: 'Feature', geometry: null },
    );
    const { records, issues } = parseQpvCollection(json);
    expect(records.map((r) => r.code)).toEqual(['QN99999N']);
    expect(issues.map((i) => [i.index, i.code, i.field])).toEqual([
      [1, null, 'type'],
      [2, 'QN00000A', 'zone'],
      [3, 'QN00000B', 'geometry'],
      [4, 'QN00000C', 'geometry'],
      [5, 'QN00000D', 'geometry'],
      [6, 'QN00000E', 'geometry'],
      [7, 'QN00000F', 'geometry'],
      [8, 'QN00000G', 'nom'],
      [9, 'QN00000H', 'geometry'],
      [10, 'QN00000I', 'geometry'],
      [11, 'QN99999N', 'code'],
      [12, null, 'properties'],
    ]);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it('reports rather than throws on a document that is not a FeatureCollection', () => {
    for (const json of [null, 42, 'x', [], { type: 'Feature' }, { type: 'FeatureCollection' }]) {
      const result = parseQpvCollection(json);
      expect(result.records).toEqual([]);
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]?.index).toBe(-1);
    }
  });

  it('accepts missing descriptive fields', () => {
    const { records, issues } = parseQpvCollection(
      collection(feature({ departement_nom: undefined, generation: undefined })),
    );
    expect(issues).toEqual([]);
    expect(records[0]).toMatchObject({ departementNom: '', generation: '' });
  });

  it('keeps the geometry out of the summary', () => {
    const { records } = parseQpvCollection(collection(feature({ insee: '99001, 99002' })));
    expect(toQpvSummary(records[0]!)).toEqual({
      code: 'QN99999N',
      nom: 'Test',
      commune: 'Testville',
      insee: ['99001', '99002'],
      departement: '99',
      zone: 'metropole',
    });
  });
});
