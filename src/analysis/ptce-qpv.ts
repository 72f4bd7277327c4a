import type { QpvRelation } from './qpv-relation';
import type { RelateResult } from './qpv-service';

/** Written by the build (build/ptce-qpv.ts) next to the other data files. */
export const PTCE_QPV_FILE = 'ptce-qpv.json';

/** The QPV relation of the poles of one exact ptce.csv, as computed at build time. */
export interface PtceQpvFile extends RelateResult {
  /** SHA-256 of the ptce.csv the relation was computed from, hex. */
  ptceSha256: string;
  qpvCount: number;
}

const KINDS: ReadonlySet<string> = new Set(['inside', 'near', 'far', 'unknown']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The precomputed relation when it was made from this very ptce.csv and covers every pole;
 * otherwise null, and the worker computes it from the contours as before.
 */
export function usablePtceQpv(
  json: unknown,
  ptceSha256: string,
  poleIds: readonly string[],
): RelateResult | null {
  if (!isRecord(json) || json['ptceSha256'] !== ptceSha256) return null;
  const relations = json['relations'];
  const nearby = json['nearby'];
  if (!isRecord(relations) || !isRecord(nearby)) return null;
  for (const id of poleIds) {
    const relation = relations[id];
    if (!isRecord(relation) || typeof relation['kind'] !== 'string') return null;
    if (!KINDS.has(relation['kind']) || !Array.isArray(nearby[id])) return null;
  }
  return {
    relations: relations as Record<string, QpvRelation>,
    nearby: nearby as RelateResult['nearby'],
  };
}
