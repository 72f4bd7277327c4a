import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NONE_KEY as NO_SECTOR } from '../data/sector-keys';
import type { ViewBox } from './layer-protocol';
import { CLUSTER_ABOVE, CLUSTER_MAX_ZOOM, createLayerScene, paddedBox } from './layer-scene';
import type { ImportedSite } from './types';

function site(i: number, lat: number, lon: number, secteurs: string[] = []): ImportedSite {
  return {
    id: `r${i + 2}`,
    row: i + 2,
    nom: `Site ${i}`,
    lat,
    lon,
    precision: i % 3 === 0 ? 'commune' : 'exacte',
    geometry: null,
    commune: '',
    codeInsee: '',
    codePostal: '',
    departement: '',
    adresse: '',
    secteurs,
    siteWeb: '',
    description: '',
    properties: {},
  };
}

const WORLD: ViewBox = { west: -180, south: -85, east: 180, north: 85, zoom: 0 };
const DIJON: ViewBox = { west: 4.9, south: 47.2, east: 5.2, north: 47.4, zoom: 12 };

function total(markers: ReturnType<ReturnType<typeof createLayerScene>['markers']>) {
  return markers.reduce((n, m) => n + (m.kind === 'cluster' ? m.count : 1), 0);
}

describe('layer scene', () => {
  it('draws every site of a small layer in view, none outside, approximate ones marked', () => {
    const sites = [site(0, 47.32, 5.04, ['culture']), site(1, 47.3, 5.1), site(2, 43.6, 1.44)];
    const scene = createLayerScene('L', sites);
    const markers = scene.markers(DIJON, new Set());
    expect(markers.map((m) => (m.kind === 'site' ? m.siteId : 'cluster'))).toEqual(['r2', 'r3']);
    expect(markers[0]).toMatchObject({ layerId: 'L', sector: 'culture', approximate: true });
    expect(markers[1]).toMatchObject({ sector: undefined, approximate: false });
  });

  it('pads the view so a short pan finds markers already there', () => {
    expect(paddedBox({ west: 0, south: 40, east: 8, north: 48, zoom: 6 })).toEqual([
      -2, 38, 10, 50,
    ]);
    expect(paddedBox(WORLD)).toEqual([-180, -85, 180, 85]);
  });

  it('clusters a layer above the threshold, and every visible site is in one marker', () => {
    const sites = Array.from({ length: CLUSTER_ABOVE * 4 }, (_, i) =>
      site(i, 43 + (i % 97) / 20, -1 + (i % 89) / 12, [i % 2 ? 'culture' : 'numerique']),
    );
    const scene = createLayerScene('L', sites);
    const markers = scene.markers({ ...WORLD, zoom: 5 }, new Set());
    expect(markers.some((m) => m.kind === 'cluster')).toBe(true);
    expect(total(markers)).toBe(sites.length);
    const cluster = markers.find((m) => m.kind === 'cluster');
    expect(cluster?.kind === 'cluster' && cluster.expansionZoom).toBeGreaterThan(5);
    // Hiding a sector removes its sites; with few left, they are drawn one by one.
    const half = scene.markers({ ...WORLD, zoom: 5 }, new Set(['numerique']));
    expect(total(half)).toBe(sites.length / 2);
    const few = scene.markers(WORLD, new Set(['numerique', 'culture']));
    expect(few).toEqual([]);
  });

  it('lists the visible sites in file order and the shapes of the visible ones', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [5, 47],
          [5.1, 47],
          [5.1, 47.1],
          [5, 47],
        ],
      ],
    };
    const sites = [
      { ...site(0, 47.05, 5.05, ['culture']), geometry: square },
      site(1, 47, 5, ['numerique']),
      site(2, 47, 5),
    ];
    const scene = createLayerScene('L', sites);
    expect(scene.shapes(new Set())).toEqual([
      { layerId: 'L', siteId: 'r2', geometry: square, sector: 'culture' },
    ]);
    expect(scene.shapes(new Set(['culture']))).toEqual([]);
    expect(scene.visibleSites(new Set(['numerique'])).map((s) => s.id)).toEqual(['r2', 'r4']);
    expect(scene.visibleSites(new Set([NO_SECTOR])).map((s) => s.id)).toEqual(['r2', 'r3']);
  });

  it('never throws, and accounts for every visible site in a world view, whatever the input', () => {
    const sector = fc.constantFrom('culture', 'numerique', 'custom:x', 'insertion');
    const sitesArb = fc.array(
      fc.record({
        lat: fc.double({ min: -85, max: 85, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
        secteurs: fc.uniqueArray(sector, { maxLength: 3 }),
      }),
      { maxLength: CLUSTER_ABOVE + 200 },
    );
    fc.assert(
      fc.property(
        sitesArb,
        fc.uniqueArray(fc.constantFrom('culture', 'numerique', 'custom:x', NO_SECTOR)),
        fc.integer({ min: 0, max: CLUSTER_MAX_ZOOM + 3 }),
        (raw, hidden, zoom) => {
          const sites = raw.map((r, i) => site(i, r.lat, r.lon, r.secteurs));
          const scene = createLayerScene('L', sites);
          const hiddenSet = new Set(hidden);
          const visible = scene.visibleSites(hiddenSet).length;
          expect(total(scene.markers({ ...WORLD, zoom }, hiddenSet))).toBe(visible);
          scene.shapes(hiddenSet);
        },
      ),
      { numRuns: 40 },
    );
  });
});
