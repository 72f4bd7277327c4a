import { describe, expect, it } from 'vitest';
import type { QpvSummary } from '../data/qpv-types';
import type { QpvRelation } from './qpv-relation';
import {
  describeQpvRelation,
  formatDistance,
  qpvBandLabel,
  qpvFilterCategoryLabel,
} from './qpv-relation-text';

/** Writes the no-break spaces visibly, so that expectations stay readable. */
function show(text: string): string {
  return text.replaceAll('\u00a0', '~').replaceAll('\u202f', '^');
}

const gresilles: QpvSummary = {
  code: 'QN02103M',
  nom: 'Les Grésilles',
  commune: 'Dijon',
  insee: ['21231'],
  departement: '21',
  zone: 'metropole',
};

const exact = { approximate: false, precision: 'exacte' } as const;

describe('formatDistance', () => {
  it.each([
    [0.2, '1~m', '1~m'],
    [7.4, '7~m', '7~m'],
    [99.4, '99~m', '99~m'],
    [347, '350~m', '350~m'],
    [994, '990~m', '990~m'],
    [996, '1,0~km', '1.0~km'],
    [1000, '1,0~km', '1.0~km'],
    [2345, '2,3~km', '2.3~km'],
    [15_075.8, '15,1~km', '15.1~km'],
    [1_234_567, '1^234,6~km', '1,234.6~km'],
  ])('formats %s m as "%s" in French and "%s" in English', (metres, fr, en) => {
    expect(show(formatDistance(metres, 'fr'))).toBe(fr);
    expect(show(formatDistance(metres, 'en'))).toBe(en);
  });
});

describe('describeQpvRelation', () => {
  const inside: QpvRelation = { kind: 'inside', qpv: gresilles, ...exact };
  const near: QpvRelation = {
    kind: 'near',
    qpv: gresilles,
    distanceM: 347,
    band: '500m',
    ...exact,
  };
  const near1km: QpvRelation = {
    kind: 'near',
    qpv: gresilles,
    distanceM: 812,
    band: '1km',
    ...exact,
  };
  const far: QpvRelation = { kind: 'far', qpv: gresilles, distanceM: 2280, ...exact };

  it('writes French sentences', () => {
    expect(describeQpvRelation(inside, 'fr')).toBe(
      'Dans le quartier prioritaire Les Grésilles (QN02103M)',
    );
    expect(show(describeQpvRelation(near, 'fr'))).toBe(
      'À 350~m du quartier prioritaire Les Grésilles (QN02103M)',
    );
    expect(show(describeQpvRelation(near1km, 'fr'))).toBe(
      'À 810~m du quartier prioritaire Les Grésilles (QN02103M)',
    );
    expect(show(describeQpvRelation(far, 'fr'))).toBe(
      'À 2,3~km du QPV le plus proche~: Les Grésilles (QN02103M), Dijon',
    );
  });

  it('writes English sentences', () => {
    expect(describeQpvRelation(inside, 'en')).toBe(
      'In the priority neighbourhood Les Grésilles (QN02103M)',
    );
    expect(show(describeQpvRelation(near, 'en'))).toBe(
      '350~m from the priority neighbourhood Les Grésilles (QN02103M)',
    );
    expect(show(describeQpvRelation(far, 'en'))).toBe(
      '2.3~km from the nearest QPV: Les Grésilles (QN02103M), Dijon',
    );
  });

  it('marks approximate answers as indicative and names the centre used', () => {
    const commune: QpvRelation = { ...far, approximate: true, precision: 'commune' };
    expect(show(describeQpvRelation(commune, 'fr'))).toBe(
      'Localisation approximative (centre de la commune)~: résultat indicatif — ' +
        'à 2,3~km du QPV le plus proche~: Les Grésilles (QN02103M), Dijon',
    );
    expect(show(describeQpvRelation(commune, 'en'))).toBe(
      'Approximate location (centre of the commune): indicative result — ' +
        '2.3~km from the nearest QPV: Les Grésilles (QN02103M), Dijon',
    );
    const departement: QpvRelation = { ...inside, approximate: true, precision: 'departement' };
    expect(show(describeQpvRelation(departement, 'fr'))).toBe(
      'Localisation approximative (centre du département)~: résultat indicatif — ' +
        'dans le quartier prioritaire Les Grésilles (QN02103M)',
    );
    expect(describeQpvRelation(departement, 'en')).toBe(
      'Approximate location (centre of the département): indicative result — ' +
        'in the priority neighbourhood Les Grésilles (QN02103M)',
    );
  });

  it('says when the location is unknown', () => {
    expect(show(describeQpvRelation({ kind: 'unknown' }, 'fr'))).toBe(
      'Localisation inconnue~: situation par rapport aux quartiers prioritaires non déterminée',
    );
    expect(describeQpvRelation({ kind: 'unknown' }, 'en')).toBe(
      'Unknown location: position relative to priority neighbourhoods not determined',
    );
  });

  it('returns plain text, never markup', () => {
    const tricky: QpvRelation = { ...inside, qpv: { ...gresilles, nom: '<b>X</b> & Y' } };
    expect(describeQpvRelation(tricky, 'fr')).toBe(
      'Dans le quartier prioritaire <b>X</b> & Y (QN02103M)',
    );
  });
});

describe('labels', () => {
  it('names the bands and the filter categories', () => {
    expect(show(qpvBandLabel('500m', 'fr'))).toBe('À moins de 500~m');
    expect(show(qpvBandLabel('1km', 'en'))).toBe('Between 500~m and 1~km');
    expect(qpvFilterCategoryLabel('in', 'fr')).toBe('Dans un quartier prioritaire');
    expect(show(qpvFilterCategoryLabel('within1km', 'en'))).toBe(
      'Within 1~km of a priority neighbourhood',
    );
    expect(show(qpvFilterCategoryLabel('farther', 'fr'))).toBe(
      "À plus de 1~km d'un quartier prioritaire",
    );
    expect(qpvFilterCategoryLabel('unknown', 'en')).toBe('Unknown location');
  });
});
