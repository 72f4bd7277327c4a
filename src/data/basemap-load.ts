import { DataLoadError, dataUrl, fetchDataJson } from './fetch-data';
import { asFeatureCollection } from './geojson-guards';
import { toShapeSet, type ShapeSet } from './basemap-shapes';
import { departementBoxes, type DepartementBox } from './departement-boxes';

export const BASEMAP_FILES = ['regions.geojson', 'departements.geojson'] as const;
export type BasemapFile = (typeof BASEMAP_FILES)[number];

/** The embedded basemap, ready to draw: projected rings, and the départements' names. */
export interface BasemapShapes {
  regions: ShapeSet;
  departements: ShapeSet;
  /** Département code → name, from the same file (IGN Admin Express). */
  departementNames: Record<string, string>;
  /** Where each département lies, to fetch only the communes files a view needs. */
  departementBoxes: DepartementBox[];
}

async function loadShapes(file: BasemapFile, signal?: AbortSignal, base?: string) {
  const url = base ? dataUrl(file, base) : undefined;
  const fc = asFeatureCollection(await fetchDataJson(file, signal, url));
  if (!fc) throw new DataLoadError(file, { kind: 'invalid', detail: 'FeatureCollection attendue' });
  return fc;
}

/**
 * Fetches, checks and projects both basemap files; `onSettled` hears about each file as soon
 * as its download ends, so the page can tell which one is slow. Runs in a worker (see
 * basemap.worker.ts) so that parsing a megabyte of GeoJSON never blocks the page.
 */
export async function fetchBasemapShapes(
  base?: string,
  onSettled?: (file: BasemapFile) => void,
  signal?: AbortSignal,
): Promise<BasemapShapes> {
  const load = (file: BasemapFile) => {
    const work = loadShapes(file, signal, base);
    work.then(
      () => onSettled?.(file),
      () => onSettled?.(file),
    );
    return work;
  };
  const [regions, departements] = await Promise.all([
    load('regions.geojson'),
    load('departements.geojson'),
  ]);
  const departementNames: Record<string, string> = {};
  for (const f of departements.features) {
    const { code, nom } = (f.properties ?? {}) as { code?: unknown; nom?: unknown };
    if (typeof code === 'string' && typeof nom === 'string') departementNames[code] = nom;
  }
  return {
    regions: toShapeSet(regions),
    departements: toShapeSet(departements),
    departementNames,
    departementBoxes: departementBoxes(departements),
  };
}

export function transferablesOf(shapes: BasemapShapes): ArrayBuffer[] {
  return [shapes.regions, shapes.departements].flatMap((s) => [
    s.coords.buffer as ArrayBuffer,
    s.ringStart.buffer as ArrayBuffer,
    s.ringBox.buffer as ArrayBuffer,
  ]);
}
