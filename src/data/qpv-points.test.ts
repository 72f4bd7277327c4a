import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQpvPoints } from './qpv-points';

function feature(properties: Record<string, unknown>, coordinates: unknown = [5.06731, 47.33302]) {
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates } };
}

const good = {
  code: 'QN02103M',
  nom: 'Les Grésilles',
  commune: 'Dijon',
  insee: '21231',
  departement: '21',
  departement_nom: "Côte-d'Or",
  zone: 'metropole',
  area_ha: 54.54,
};

describe('parseQpvPoints', () => {
  it('reads the shipped file: 1,584 QPV, no issue, the named neighbourhoods with their area', () => {
    const json: unknown = JSON.parse(readFileSync('public/data/qpv-2024-points.geojson', 'utf8'));
    const { points, issues } = parseQpvPoints(json);
    expect(issues).toEqual([]);
    expect(points).toHaveLength(1584);
    expect(points.filter((p) => p.zone === 'outre-mer')).toHaveLength(222);
    expect(points.find((p) => p.code === 'QN02103M')).toMatchObject({
      nom: 'Les Grésilles',
      commune: 'Dijon',
      insee: ['21231'],
      departementNom: "Côte-d'Or",
      areaHa: 54.54,
    });
    expect(points.filter((p) => p.insee.length > 1).length).toBe(149);
  });

  it('keeps good features and reports each bad one with its field', () => {
    const { points, issues } = parseQpvPoints({
      type: 'FeatureCollection',
      features: [
        feature(good),
        feature({ ...good, code: 'QN1' }, [200, 47]),
        feature({ ...good, code: 'QN2', zone: 'mars' }),
        feature({ ...good, code: 'QN3', nom: '' }),
        feature(good),
        feature({ ...good, code: 'QN4', area_ha: 'grand', insee: '1,2' }),
      ],
    });
    expect(points.map((p) => p.code)).toEqual(['QN02103M', 'QN4']);
    expect(points[1]).toMatchObject({ areaHa: null, insee: ['1', '2'] });
    expect(issues).toEqual([
      { index: 1, code: 'QN1', field: 'geometry', message: 'point [lon, lat] en WGS84 attendu' },
      { index: 2, code: 'QN2', field: 'zone', message: "'metropole' ou 'outre-mer' attendu" },
      { index: 3, code: 'QN3', field: 'nom', message: 'texte non vide attendu' },
      { index: 4, code: 'QN02103M', field: 'code', message: 'code en double' },
    ]);
  });

  it('rejects a document that is not a FeatureCollection', () => {
    expect(parseQpvPoints([1, 2])).toEqual({
      points: [],
      issues: [{ index: -1, code: null, field: 'type', message: 'FeatureCollection attendue' }],
    });
  });
});
