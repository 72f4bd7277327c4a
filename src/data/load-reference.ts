import { loadBasemapShapes } from './basemap-client';
import type { BasemapShapes } from './basemap-load';
import { DataLoadError, fetchDataJson, fetchDataText } from './fetch-data';
import { asFeatureCollection } from './geojson-guards';
import { DataFileError, parsePtce } from './parse-ptce';
import { parseAppels, type AppelsResult } from './parse-appels';
import { parseSecteurs } from './parse-secteurs';
import type { KnownKeys, PtceRow } from './ptce-schema';
import { sha256Hex } from './sha256';
import type { Pole, RowIssue, Sector, Wave } from './types';

/** The waves of appels.csv; their failure never keeps the poles from loading. */
export type AppelsLoad = ({ state: 'ready' } & AppelsResult) | { state: 'error'; error: unknown };

export interface PolesData {
  sectors: Sector[];
  poles: Pole[];
  issues: RowIssue[];
  /** Line where ptce.csv stops mid-row (a cut file): the rows before it are loaded. */
  truncatedRow?: number | null;
  /** The cells of each pole as written in ptce.csv, by id: what a correction starts from. */
  rows?: Record<string, PtceRow>;
  /**
   * The waves of appels.csv in date order: what names, orders and counts the poles' waves.
   * Empty when appels.csv could not be read (`wavesError` says why; the poles still load).
   */
  waves: Wave[];
  wavesError?: unknown;
  /**
   * SHA-256 of ptce.csv as loaded (null without Web Crypto), to match it with results computed
   * at build time. A promise, so that the first markers do not wait for it.
   */
  ptceSha256?: Promise<string | null>;
}

async function loadAppels(signal?: AbortSignal): Promise<AppelsLoad> {
  try {
    const text = await fetchDataText('appels.csv', signal);
    try {
      return { state: 'ready', ...parseAppels(text) };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return {
        state: 'error',
        error: new DataLoadError('appels.csv', { kind: 'invalid', detail }),
      };
    }
  } catch (error) {
    return { state: 'error', error };
  }
}

/** What a proposed or corrected row is checked against: the keys the loaded files define. */
export function knownKeysOfData(
  data: Pick<PolesData, 'sectors' | 'waves' | 'wavesError'>,
): KnownKeys {
  return {
    sectors: new Set(data.sectors.map((s) => s.key)),
    waves: data.wavesError === undefined ? new Set(data.waves.map((w) => w.code)) : null,
  };
}

/** The embedded basemap: projected shapes ready to draw, and the départements' names. */
export type BasemapData = BasemapShapes;

async function loadCollection(file: string, signal?: AbortSignal) {
  const fc = asFeatureCollection(await fetchDataJson(file, signal));
  if (!fc) throw new DataLoadError(file, { kind: 'invalid', detail: 'FeatureCollection attendue' });
  return fc;
}

function asInvalid(file: string, e: unknown): never {
  if (e instanceof DataFileError)
    throw new DataLoadError(file, { kind: 'invalid', detail: e.message });
  throw e;
}

export async function loadPoles(signal?: AbortSignal): Promise<PolesData> {
  const [secteursText, ptceText, appels] = await Promise.all([
    fetchDataText('secteurs.csv', signal),
    fetchDataText('ptce.csv', signal),
    loadAppels(signal),
  ]);
  let sectors: Sector[];
  let sectorIssues: RowIssue[];
  try {
    ({ sectors, issues: sectorIssues } = parseSecteurs(secteursText));
  } catch (e) {
    return asInvalid('secteurs.csv', e instanceof Error ? new DataFileError(e.message) : e);
  }
  const waves = appels.state === 'ready' ? appels.waves : [];
  try {
    const { poles, issues, truncatedRow, rows } = parsePtce(ptceText, {
      sectors: new Set(sectors.map((s) => s.key)),
      waves: appels.state === 'ready' ? new Set(waves.map((w) => w.code)) : null,
    });
    const ptceSha256 = sha256Hex(ptceText).catch(() => null);
    return {
      sectors,
      poles,
      issues: [...sectorIssues, ...(appels.state === 'ready' ? appels.issues : []), ...issues],
      truncatedRow,
      rows,
      waves,
      ...(appels.state === 'error' ? { wavesError: appels.error } : {}),
      ptceSha256,
    };
  } catch (e) {
    return asInvalid('ptce.csv', e);
  }
}

export function loadBasemap(signal?: AbortSignal): Promise<BasemapData> {
  return loadBasemapShapes(signal);
}

export function loadQuartiersCibles(signal?: AbortSignal) {
  return loadCollection('qpv-2024-cibles-ptce.geojson', signal);
}
