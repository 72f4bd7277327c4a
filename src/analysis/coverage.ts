import type { OfficialCall } from '../data/parse-appels';
import { PRECISIONS } from '../data/ptce-schema';
import type { LocationPrecision, Pole } from '../data/types';

/** One national call: the laureates the map knows, and the official number. */
export interface CallCoverage {
  call: OfficialCall;
  known: number;
  year: string;
}

export interface Coverage {
  calls: CallCoverage[];
  known: number;
  total: number;
}

/**
 * How much of the official lists the data holds, per call with an official total. Poles of a
 * call that has no total in appels.csv are not counted, so the sentence never mixes the two.
 */
export function coverage(
  poles: readonly Pick<Pole, 'appel'>[],
  calls: readonly OfficialCall[],
): Coverage {
  const perCall = calls.map((call) => ({
    call,
    known: poles.filter((p) => p.appel === call.appel).length,
    year: call.date.slice(0, 4),
  }));
  return {
    calls: perCall,
    known: perCall.reduce((n, c) => n + c.known, 0),
    total: perCall.reduce((n, c) => n + c.call.laureates, 0),
  };
}

/** Poles by location precision, every level listed (zero included), most precise first. */
export function countByPrecision(
  poles: readonly Pick<Pole, 'precision'>[],
): { key: LocationPrecision; count: number }[] {
  return PRECISIONS.map((key) => ({ key, count: poles.filter((p) => p.precision === key).length }));
}
