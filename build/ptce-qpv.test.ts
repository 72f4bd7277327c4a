import { describe, expect, it } from 'vitest';
import { PTCE_QPV_FILE, usablePtceQpv } from '../src/analysis/ptce-qpv';
import { PRELOADED_DATA } from './plugins';
import { computePtceQpv } from './ptce-qpv';

describe('build-time QPV relation of the reference poles', () => {
  const file = computePtceQpv('public/data');

  it('relates every pole of ptce.csv with the worker’s code', () => {
    expect(file.qpvCount).toBe(1584);
    expect(file.ptceSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(file.relations)).toHaveLength(62);
    expect(file.relations['coursive-boutaric']).toMatchObject({
      kind: 'inside',
      qpv: { code: 'QN02103M', nom: 'Les Grésilles' },
    });
  });

  it('is used only for the ptce.csv it was computed from, covering every pole', () => {
    const json: unknown = JSON.parse(JSON.stringify(file));
    const ids = Object.keys(file.relations);
    expect(usablePtceQpv(json, file.ptceSha256, ids)?.relations).toEqual(file.relations);
    expect(usablePtceQpv(json, '0'.repeat(64), ids)).toBeNull();
    expect(usablePtceQpv(json, file.ptceSha256, [...ids, 'new-pole'])).toBeNull();
    expect(usablePtceQpv('<html>', file.ptceSha256, ids)).toBeNull();
  });

  it('is preloaded from index.html under the name the app fetches', () => {
    expect(PRELOADED_DATA).toContain(PTCE_QPV_FILE);
  });
});
