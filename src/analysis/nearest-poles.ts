import type { Pole } from '../data/types';
import { haversineM } from './qpv-index';

export interface PoleDistance {
  pole: Pole;
  distanceM: number;
}

/** The located poles closest to a point, as the crow flies, closest first. */
export function nearestPoles(
  poles: readonly Pole[],
  lon: number,
  lat: number,
  count = 3,
): PoleDistance[] {
  const located: PoleDistance[] = [];
  for (const pole of poles) {
    if (pole.lon === null || pole.lat === null) continue;
    located.push({ pole, distanceM: haversineM(lon, lat, pole.lon, pole.lat) });
  }
  return located
    .sort((a, b) => a.distanceM - b.distanceM || a.pole.nom.localeCompare(b.pole.nom, 'fr'))
    .slice(0, count);
}
