import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mercatorX, mercatorY } from './basemap-shapes';
import {
  communeAt,
  communeFile,
  communeTransferables,
  labelAnchor,
  parseCommuneSet,
} from './commune-set';
import { DataLoadError } from './fetch-data';

const shipped = (dep: string): unknown =>
  JSON.parse(readFileSync(`public/data/${communeFile(dep)}`, 'utf8'));

const square = (x0: number, y0: number, s: number) => [
  [x0, y0],
  [x0 + s, y0],
  [x0 + s, y0 + s],
  [x0, y0 + s],
  [x0, y0],
];
const feature = (properties: unknown, coordinates: unknown, type = 'Polygon') => ({
  type: 'Feature',
  properties,
  geometry: { type, coordinates },
});
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('parseCommuneSet', () => {
  it('reads the shipped Côte-d’Or (about 700 communes), Dijon with its population, inside its box', () => {
    const set = parseCommuneSet('x', '21', shipped('21'));
    expect(set.dep).toBe('21');
    expect(set.codes.length).toBeGreaterThan(690);
    const i = set.codes.indexOf('21231');
    expect(set.names[i]).toBe('Dijon');
    expect(set.population[i]).toBeGreaterThan(150000);
    const [x, y] = [set.anchors[2 * i]!, set.anchors[2 * i + 1]!];
    expect(x).toBeGreaterThan(set.boxes[4 * i]!);
    expect(x).toBeLessThan(set.boxes[4 * i + 2]!);
    expect(y).toBeGreaterThan(set.boxes[4 * i + 1]!);
    expect(y).toBeLessThan(set.boxes[4 * i + 3]!);
    // Dijon's centre (5.04 E, 47.32 N) is in its box.
    expect(set.boxes[4 * i]!).toBeLessThan(mercatorX(5.04));
    expect(set.boxes[4 * i + 2]!).toBeGreaterThan(mercatorX(5.04));
    expect(set.boxes[4 * i + 1]!).toBeLessThan(mercatorY(47.32));
    expect(set.boxes[4 * i + 3]!).toBeGreaterThan(mercatorY(47.32));
    expect(set.shapes.ringStart.length - 1).toBeGreaterThanOrEqual(set.codes.length);
  });

  it('reads every shipped file', () => {
    for (const dep of ['2A', '62', '75', '971', '976']) {
      expect(parseCommuneSet('x', dep, shipped(dep)).codes.length).toBeGreaterThan(0);
    }
  });

  it('keeps the population unknown (-1) when it is null, and reads MultiPolygons and holes', () => {
    const set = parseCommuneSet(
      'f',
      '99',
      fc(
        feature({ code: '99001', nom: 'A', population: null }, [square(0, 0, 1)]),
        feature(
          { code: '99002', nom: 'B', population: 12 },
          [[square(2, 0, 1)], [square(4, 0, 2), square(4.5, 0.5, 0.5)]],
          'MultiPolygon',
        ),
      ),
    );
    expect([...set.population]).toEqual([-1, 12]);
    expect(set.shapes.ringStart.length - 1).toBe(4);
    // B's name goes on its larger part.
    expect(set.anchors[2]!).toBeGreaterThan(mercatorX(4));
  });

  it('leaves out features without a code, a name or an outline', () => {
    const set = parseCommuneSet(
      'f',
      '99',
      fc(
        feature({ nom: 'no code' }, [square(0, 0, 1)]),
        feature({ code: '99003' }, [square(0, 0, 1)]),
        feature({ code: '99004', nom: 'point' }, [1, 2], 'Point'),
        feature({ code: '99005', nom: 'bad ring' }, [
          [
            [0, 0],
            ['a', 1],
          ],
        ]),
        feature({ code: '99006', nom: 'Kept' }, [square(0, 0, 1)]),
      ),
    );
    expect(set.names).toEqual(['Kept']);
  });

  it.each([
    ['not a FeatureCollection', { type: 'Topology' }],
    ['no commune', fc()],
    ['only unreadable features', fc(feature({}, [square(0, 0, 1)]))],
  ])('rejects %s as invalid', (_, value) => {
    expect(() => parseCommuneSet('communes/communes-99.geojson', '99', value)).toThrow(
      DataLoadError,
    );
  });

  it('hands every typed array to a transfer list', () => {
    const set = parseCommuneSet('x', '21', shipped('21'));
    expect(communeTransferables(set)).toHaveLength(7);
  });
});

describe('communeAt', () => {
  const set = parseCommuneSet('x', '21', shipped('21'));
  it('finds the commune under a point: the Grésilles are in Dijon, Beaune is Beaune', () => {
    expect(set.names[communeAt(set, mercatorX(5.0585), mercatorY(47.3357))]).toBe('Dijon');
    expect(set.names[communeAt(set, mercatorX(4.8397), mercatorY(47.0246))]).toBe('Beaune');
  });
  it('is -1 outside every commune of the file', () => {
    expect(communeAt(set, mercatorX(2.35), mercatorY(48.85))).toBe(-1);
  });
  it('counts a hole as outside', () => {
    const holed = parseCommuneSet(
      'f',
      '99',
      fc(feature({ code: '99001', nom: 'A' }, [square(0, 0, 4), square(1, 1, 2)])),
    );
    expect(communeAt(holed, mercatorX(0.5), mercatorY(0.5))).toBe(0);
    expect(communeAt(holed, mercatorX(2), mercatorY(2))).toBe(-1);
  });
});

describe('labelAnchor', () => {
  it('is the centroid of a convex ring', () => {
    const [x, y] = labelAnchor(
      Float64Array.from([0, 2, 2, 0, 0]),
      Float64Array.from([0, 0, 2, 2, 0]),
    );
    expect(x).toBeCloseTo(1);
    expect(y).toBeCloseTo(1);
  });

  it('moves inside a U-shaped ring whose centroid falls in the gap', () => {
    // A U: two arms joined at the bottom; the centroid lies between the arms.
    const xs = Float64Array.from([0, 3, 3, 2, 2, 1, 1, 0, 0]);
    const ys = Float64Array.from([0, 0, 3, 3, 1, 1, 3, 3, 0]);
    const [x, y] = labelAnchor(xs, ys);
    const inArm = (x > 0 && x < 1) || (x > 2 && x < 3) || y < 1;
    expect(inArm).toBe(true);
  });
});
