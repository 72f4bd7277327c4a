import { describe, expect, it } from 'vitest';
import type { Pole } from '../data/types';
import { nearestPoles } from './nearest-poles';

function pole(id: string, lon: number | null, lat: number | null): Pole {
  return { id, nom: id, lon, lat } as Pole;
}

describe('nearestPoles', () => {
  const poles = [
    pole('paris', 2.35291, 48.88579),
    pole('dijon', 5.06731, 47.33302),
    pole('nowhere', null, null),
    pole('tours', 0.69854, 47.38119),
    pole('reunion', 55.5083, -21.12733),
  ];

  it('orders the located poles by distance and keeps the first ones', () => {
    const got = nearestPoles(poles, 5.0322, 47.3319, 2);
    expect(got.map((d) => d.pole.id)).toEqual(['dijon', 'paris']);
    expect(got[0]!.distanceM).toBeGreaterThan(2500);
    expect(got[0]!.distanceM).toBeLessThan(2800);
  });

  it('never lists an unlocated pole', () => {
    expect(nearestPoles(poles, 0, 0, 10).map((d) => d.pole.id)).not.toContain('nowhere');
    expect(nearestPoles([], 0, 0)).toEqual([]);
  });
});
