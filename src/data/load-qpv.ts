import { parseQpvCollection, type QpvRecord } from './qpv-types';
import { DataLoadError, fetchDataJson } from './fetch-data';
import { parseQpvPoints, type QpvPointsData } from './qpv-points';

/** Full resolution: for the analysis only, where the edge distance must be right. */
export const QPV_FULL_FILE = 'qpv-2024.geojson';
/** Simplified contours: for drawing from a regional zoom on. */
export const QPV_SHAPES_FILE = 'qpv-2024-simplifie.geojson';
/** One inner point per QPV: for drawing at country scale and for the QPV panel. */
export const QPV_POINTS_FILE = 'qpv-2024-points.geojson';

export async function loadQpvPoints(signal?: AbortSignal): Promise<QpvPointsData> {
  const data = parseQpvPoints(await fetchDataJson(QPV_POINTS_FILE, signal));
  if (data.points.length === 0) {
    const detail = data.issues[0]?.message ?? 'aucun QPV';
    throw new DataLoadError(QPV_POINTS_FILE, { kind: 'invalid', detail });
  }
  return data;
}

export async function loadQpvShapes(signal?: AbortSignal): Promise<QpvRecord[]> {
  const { records, issues } = parseQpvCollection(await fetchDataJson(QPV_SHAPES_FILE, signal));
  if (records.length === 0) {
    const detail = issues[0]?.message ?? 'aucun QPV';
    throw new DataLoadError(QPV_SHAPES_FILE, { kind: 'invalid', detail });
  }
  return records;
}
