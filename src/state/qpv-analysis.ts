import type { PointToRelate, QpvServiceInfo, RelateResult } from '../analysis/qpv-service';
import {
  absoluteDataUrl,
  createQpvWorkerClient,
  type QpvWorkerClient,
} from '../analysis/qpv-worker-client';
import { PTCE_QPV_FILE, usablePtceQpv } from '../analysis/ptce-qpv';
import { fetchDataJson } from '../data/fetch-data';
import { QPV_FULL_FILE } from '../data/load-qpv';
import type { PolesData } from '../data/load-reference';
import type { Pole } from '../data/types';
import type { CheckedPlace } from './qpv-state';
import { getState, setState } from './store';

let client: QpvWorkerClient | null = null;
let loaded: Promise<QpvServiceInfo> | null = null;
let relateSeq = 0;
let placeSeq = 0;

function worker(): QpvWorkerClient {
  client ??= createQpvWorkerClient();
  return client;
}

/**
 * Loads the full-resolution index in the worker once; every query waits for it, since the
 * worker cannot answer before its index exists. A failure is forgotten so a retry reloads.
 */
export function ensureQpvIndex(): Promise<QpvServiceInfo> {
  if (!loaded) {
    setState({ qpvAnalysis: { state: 'loading' } });
    loaded = worker().call('load', { url: absoluteDataUrl(QPV_FULL_FILE), file: QPV_FULL_FILE });
    loaded.then(
      (value) => setState({ qpvAnalysis: { state: 'ready', value } }),
      (error: unknown) => {
        loaded = null;
        setState({ qpvAnalysis: { state: 'error', error } });
      },
    );
  }
  return loaded;
}

export function toPointsToRelate(poles: readonly Pole[]): PointToRelate[] {
  return poles.map(({ id, lon, lat, precision }) => ({ id, lon, lat, precision }));
}

/** Relates any set of points (poles, imported sites, bench points) to the QPV, in the worker. */
export async function relatePoints(
  points: PointToRelate[],
): Promise<RelateResult & { ms: number }> {
  await ensureQpvIndex();
  return worker().call('relate', { points });
}

/** Computes the relation of every pole and stores it; a newer call wins over an older one. */
export async function relatePoles(poles: readonly Pole[]): Promise<void> {
  const seq = ++relateSeq;
  try {
    const { relations, nearby } = await relatePoints(toPointsToRelate(poles));
    if (seq === relateSeq) setState({ qpvRelations: relations, qpvNearby: nearby });
  } catch {
    // The failure is in qpvAnalysis already, where the interface shows it with a retry.
  }
}

/**
 * The relation of the reference poles as computed at build time, when it was computed from the
 * ptce.csv just loaded (same SHA-256); null when it is missing, unreadable or out of date.
 */
export async function precomputedRelations(data: PolesData): Promise<RelateResult | null> {
  try {
    const [hash, json] = await Promise.all([data.ptceSha256, fetchDataJson(PTCE_QPV_FILE)]);
    if (!hash) return null;
    return usablePtceQpv(
      json,
      hash,
      data.poles.map((p) => p.id),
    );
  } catch {
    return null;
  }
}

/**
 * Relates the poles from the build's file when it matches, so that the 4 MB contours are only
 * downloaded by the worker when a place is checked, a file imported, or ptce.csv was replaced.
 * `later` defers the worker (the fallback) until the page is idle.
 */
export async function relateReferencePoles(
  data: PolesData,
  later: (task: () => void) => void,
): Promise<void> {
  const seq = ++relateSeq;
  const ready = await precomputedRelations(data);
  if (seq !== relateSeq) return;
  if (ready) setState({ qpvRelations: ready.relations, qpvNearby: ready.nearby });
  else later(() => void relatePoles(data.poles));
}

export function retryQpvAnalysis(): void {
  const poles = getState().poles;
  if (poles.state === 'ready') void relatePoles(poles.value.poles);
  else void ensureQpvIndex().catch(() => undefined);
}

/** Answers "is this place in a QPV?"; a commune centre gives an approximate answer. */
export async function checkPlace(place: CheckedPlace): Promise<void> {
  const seq = ++placeSeq;
  setState({ placeCheck: { state: 'pending', place } });
  try {
    await ensureQpvIndex();
    const answer = await worker().call('check', {
      lon: place.lon,
      lat: place.lat,
      precision: place.kind === 'commune' ? 'commune' : 'exacte',
    });
    if (seq === placeSeq) setState({ placeCheck: { state: 'done', place, answer } });
  } catch (error) {
    if (seq === placeSeq) setState({ placeCheck: { state: 'error', place, error } });
  }
}
