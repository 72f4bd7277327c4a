import { PRECISIONS } from '../data/ptce-schema';
import type { LocationPrecision, Pole, Wave } from '../data/types';

/** One wave: the laureates the map knows, and the official number. */
export interface WaveCoverage {
  wave: Wave;
  known: number;
}

export interface Coverage {
  waves: WaveCoverage[];
  known: number;
  total: number;
}

/**
 * How much of the official lists the data holds, wave by wave, from ptce.csv and the official
 * totals of appels.csv: never a figure written by hand.
 */
export function coverage(poles: readonly Pick<Pole, 'appel'>[], waves: readonly Wave[]): Coverage {
  const perWave = waves.map((wave) => ({
    wave,
    known: poles.filter((p) => p.appel === wave.code).length,
  }));
  return {
    waves: perWave,
    known: perWave.reduce((n, c) => n + c.known, 0),
    total: perWave.reduce((n, c) => n + c.wave.laureates, 0),
  };
}

/** Poles by location precision, every level listed (zero included), most precise first. */
export function countByPrecision(
  poles: readonly Pick<Pole, 'precision'>[],
): { key: LocationPrecision; count: number }[] {
  return PRECISIONS.map((key) => ({ key, count: poles.filter((p) => p.precision === key).length }));
}
