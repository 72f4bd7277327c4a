import { describe, expect, it } from 'vitest';
import type { QpvRelation } from '../analysis/qpv-relation';
import { departementOfInsee, neighbourhoodTarget } from './neighbourhood';

const qpv = {
  code: 'QN02103M',
  nom: 'Grésilles',
  commune: 'Dijon',
  insee: ['21231'],
  departement: '21',
  zone: 'metropole' as const,
};
const pole = {
  lat: 47.33,
  precision: 'quartier' as const,
  departement: '21',
  codeInsee: '21231',
  commune: 'Dijon',
};
const located = { approximate: false, precision: 'quartier' as const };

describe('neighbourhoodTarget', () => {
  it('is the QPV when the pole is in it or near it', () => {
    const inside: QpvRelation = { kind: 'inside', qpv, ...located };
    expect(neighbourhoodTarget(pole, inside)).toEqual({
      kind: 'qpv',
      code: 'QN02103M',
      name: 'Grésilles',
    });
    const near: QpvRelation = { kind: 'near', qpv, distanceM: 400, band: '500m', ...located };
    expect(neighbourhoodTarget(pole, near)?.kind).toBe('qpv');
  });

  it('is the commune when the QPV is far, unknown yet, or the pole sits at a commune centre', () => {
    const far: QpvRelation = { kind: 'far', qpv, distanceM: 3000, ...located };
    const commune = { kind: 'commune', dep: '21', insee: '21231', name: 'Dijon' };
    expect(neighbourhoodTarget(pole, far)).toEqual(commune);
    expect(neighbourhoodTarget(pole, undefined)).toEqual(commune);
    const approx: QpvRelation = {
      kind: 'near',
      qpv,
      distanceM: 400,
      band: '500m',
      approximate: true,
      precision: 'commune',
    };
    expect(neighbourhoodTarget({ ...pole, precision: 'commune' }, approx)).toEqual(commune);
  });

  it('is nothing for a pole placed at its département or not placed', () => {
    expect(neighbourhoodTarget({ ...pole, precision: 'departement' }, undefined)).toBeNull();
    expect(neighbourhoodTarget({ ...pole, lat: null }, undefined)).toBeNull();
    expect(neighbourhoodTarget({ ...pole, codeInsee: '' }, undefined)).toBeNull();
  });
});

describe('helpers', () => {
  it('finds the département of an INSEE code', () => {
    expect(departementOfInsee('21231')).toBe('21');
    expect(departementOfInsee('2A004')).toBe('2A');
    expect(departementOfInsee('97212')).toBe('972');
  });
});
