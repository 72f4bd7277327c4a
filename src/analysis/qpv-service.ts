import type { LocationPrecision } from '../data/types';
import { createQpvIndex, type QpvDistance, type QpvIndex } from './qpv-index';
import { NEAR_1KM_M, relateToQpv, type QpvRelation } from './qpv-relation';
import { parseQpvCollection, toQpvSummary, type QpvSummary } from '../data/qpv-types';

/** A pole, an imported site or a clicked point: anything that may have a location. */
export interface PointToRelate {
  id: string;
  lon: number | null;
  lat: number | null;
  precision: LocationPrecision;
}

/** A QPV at most 1 km from a point, for lists; plain data so it crosses the worker boundary. */
export interface NearbyQpv {
  code: string;
  nom: string;
  commune: string;
  distanceM: number;
}

export interface RelateResult {
  relations: Record<string, QpvRelation>;
  /** Every QPV at most 1 km away, closest first (a containing QPV at 0 m). */
  nearby: Record<string, NearbyQpv[]>;
}

export interface PlaceAnswer {
  lon: number;
  lat: number;
  relation: QpvRelation;
  nearby: NearbyQpv[];
}

export interface QpvServiceInfo {
  count: number;
  /** Features of the file left out, with why; the others are analysed. */
  issues: number;
  parseMs: number;
  indexMs: number;
}

export interface QpvService {
  readonly info: QpvServiceInfo;
  relate(points: readonly PointToRelate[]): RelateResult;
  check(lon: number, lat: number, precision: LocationPrecision): PlaceAnswer;
}

function toNearby({ qpv, distanceM }: QpvDistance): NearbyQpv {
  const { code, nom, commune }: QpvSummary = toQpvSummary(qpv);
  return { code, nom, commune, distanceM };
}

function nearbyOf(index: QpvIndex, lon: number | null, lat: number | null): NearbyQpv[] {
  if (lon === null || lat === null || !Number.isFinite(lon) || !Number.isFinite(lat)) return [];
  return index.within(lon, lat, NEAR_1KM_M).map(toNearby);
}

/** The analysis behind one index, with no browser API, so it runs the same in Node and in a worker. */
export function createQpvService(index: QpvIndex, info: QpvServiceInfo): QpvService {
  return {
    info,
    relate(points) {
      const relations: Record<string, QpvRelation> = {};
      const nearby: Record<string, NearbyQpv[]> = {};
      for (const p of points) {
        const relation = relateToQpv(index, p.lon, p.lat, p.precision);
        relations[p.id] = relation;
        nearby[p.id] = relation.kind === 'unknown' ? [] : nearbyOf(index, p.lon, p.lat);
      }
      return { relations, nearby };
    },
    check(lon, lat, precision) {
      return {
        lon,
        lat,
        relation: relateToQpv(index, lon, lat, precision),
        nearby: nearbyOf(index, lon, lat),
      };
    },
  };
}

/** Parses the text of a QPV GeoJSON file and indexes it; throws a readable message if unusable. */
export function qpvServiceFromText(text: string, now: () => number = () => 0): QpvService {
  const t0 = now();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error((e as Error).message);
  }
  const { records, issues } = parseQpvCollection(json);
  if (records.length === 0) {
    const first = issues[0];
    throw new Error(first ? `${first.field} : ${first.message}` : 'aucun QPV dans le fichier');
  }
  const t1 = now();
  const index = createQpvIndex(records);
  const t2 = now();
  return createQpvService(index, {
    count: records.length,
    issues: issues.length,
    parseMs: t1 - t0,
    indexMs: t2 - t1,
  });
}
