import type { Feature, Geometry } from 'geojson';
import { fetchDataJson } from './fetch-data';
import { asFeatureCollection } from './geojson-guards';
import type { Pole } from './types';

/** Where a pole without a point is known: its département, or only its région. */
export type PoleArea = { kind: 'departement'; code: string } | { kind: 'region'; name: string };

/** The area of a pole that has no coordinates, null for a located one or one known nowhere. */
export function areaOf(pole: Pick<Pole, 'lat' | 'departement' | 'region'>): PoleArea | null {
  if (pole.lat !== null) return null;
  if (pole.departement.trim()) return { kind: 'departement', code: pole.departement.trim() };
  if (pole.region.trim()) return { kind: 'region', name: pole.region.trim() };
  return null;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .trim();

/** The feature of `area` in the basemap's collection (regions by name, départements by code). */
export function findAreaFeature(
  features: readonly Feature<Geometry | null>[],
  area: PoleArea,
): Feature<Geometry> | null {
  const found = features.find((f) => {
    const props = (f.properties ?? {}) as { code?: unknown; nom?: unknown };
    return area.kind === 'departement'
      ? props.code === area.code
      : typeof props.nom === 'string' && fold(props.nom) === fold(area.name);
  });
  return found?.geometry ? (found as Feature<Geometry>) : null;
}

const FILES = { region: 'regions.geojson', departement: 'departements.geojson' } as const;
const collections = new Map<string, Promise<Feature<Geometry | null>[]>>();

/**
 * The outline of a pole's area, from the embedded basemap's file (already in the browser's
 * cache once the basemap has loaded); null when the file has no such area.
 */
export async function loadAreaFeature(area: PoleArea): Promise<Feature<Geometry> | null> {
  const file = FILES[area.kind];
  let features = collections.get(file);
  if (!features) {
    features = fetchDataJson(file).then((json) => asFeatureCollection(json)?.features ?? []);
    collections.set(file, features);
    features.catch(() => collections.delete(file));
  }
  return findAreaFeature(await features, area);
}
