import type { QpvRelation } from '../analysis/qpv-relation';
import { worldToLonLat } from '../data/basemap-shapes';
import type { QpvRecord } from '../data/qpv-types';
import type { Pole } from '../data/types';
import { communesOf } from './communes-actions';
import { ensureQpvShapes } from './qpv-actions';
import { getState, requestFit, useAppStore } from './store';

/** Where "zoom to the neighbourhood" goes for a pole. */
export type NeighbourhoodTarget =
  | { kind: 'qpv'; code: string; name: string }
  | { kind: 'commune'; dep: string; insee: string; name: string }
  | null;

/**
 * The QPV when the pole stands in or near one (within the analysis' 1 km), else its commune.
 * A pole placed at a commune's centre is not in any particular neighbourhood: its commune.
 * A pole placed at its département's centre, or not placed, has no neighbourhood to show.
 */
export function neighbourhoodTarget(
  pole: Pick<Pole, 'lat' | 'precision' | 'departement' | 'codeInsee' | 'commune'>,
  relation: QpvRelation | undefined,
): NeighbourhoodTarget {
  if (pole.lat === null || pole.precision === 'departement' || pole.precision === 'inconnue')
    return null;
  if (relation && (relation.kind === 'inside' || relation.kind === 'near') && !relation.approximate)
    return { kind: 'qpv', code: relation.qpv.code, name: relation.qpv.nom };
  if (!pole.codeInsee) return null;
  const dep = pole.departement || departementOfInsee(pole.codeInsee);
  return { kind: 'commune', dep, insee: pole.codeInsee, name: pole.commune };
}

/** 97x and 2A/2B are départements of their own; elsewhere the first two characters. */
export function departementOfInsee(insee: string): string {
  return insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2);
}

function qpvShapes(): Promise<QpvRecord[] | null> {
  ensureQpvShapes();
  return new Promise((resolve) => {
    const check = (s = getState()) => {
      if (s.qpvShapes.state === 'ready') return (resolve(s.qpvShapes.value), true);
      if (s.qpvShapes.state === 'error') return (resolve(null), true);
      return false;
    };
    if (check()) return;
    const unsubscribe = useAppStore.subscribe((s) => check(s) && unsubscribe());
  });
}

type Box = [number, number, number, number];

async function communeBox(dep: string, insee: string): Promise<Box | null> {
  const load = await communesOf(dep);
  if (load.state !== 'ready') return null;
  const i = load.value.codes.indexOf(insee);
  if (i < 0) return null;
  const b = load.value.boxes;
  const [w, n] = worldToLonLat(b[4 * i]!, b[4 * i + 1]!);
  const [e, s] = worldToLonLat(b[4 * i + 2]!, b[4 * i + 3]!);
  return [w, s, e, n] satisfies Box;
}

/** About 600 m around the pole, when neither outline can be had. */
const FALLBACK_SPAN = 0.006;

/**
 * Shows the pole's neighbourhood: the QPV's simplified outline, the commune's outline, or,
 * when a file fails, a few hundred metres around the pole.
 */
export async function zoomToNeighbourhood(
  pole: Pick<Pole, 'lat' | 'lon' | 'precision' | 'departement' | 'codeInsee' | 'commune'>,
  target: NeighbourhoodTarget,
): Promise<void> {
  let box: Box | null = null;
  if (target?.kind === 'qpv') {
    const record = (await qpvShapes())?.find((r) => r.code === target.code);
    if (record) box = [...record.bbox];
  }
  if (!box && target && pole.codeInsee) {
    box = await communeBox(pole.departement || departementOfInsee(pole.codeInsee), pole.codeInsee);
  }
  if (!box && pole.lat !== null && pole.lon !== null) {
    box = [
      pole.lon - FALLBACK_SPAN,
      pole.lat - FALLBACK_SPAN,
      pole.lon + FALLBACK_SPAN,
      pole.lat + FALLBACK_SPAN,
    ];
  }
  if (box) requestFit(box);
}
