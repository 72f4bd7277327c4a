import { describe, expect, it } from 'vitest';
import { sectorStyle } from '../../map/sector-style';
import { legendEntries, type LegendPole, type LegendWords } from './legend-entries';

const pole = (
  lat: number | null,
  secteurs: string[],
  precision: LegendPole['precision'] = 'exacte',
  appel = 'AAP1-2014',
) => ({ lat, lon: lat === null ? null : 2, secteurs, precision, appel }) satisfies LegendPole;
const words: LegendWords = {
  sectorLabel: (k) => (k === undefined ? 'Non renseigné' : k.toUpperCase()),
  approx: 'approximative',
  accompanied: 'accompagné',
  qpv: null,
  quartier: null,
};
const north = (lat: number) => lat > 45;

describe('the legend of the exported image', () => {
  it('lists the symbols of the poles in view once each, by label, and nothing else', () => {
    const entries = legendEntries(
      [
        pole(48, ['numerique', 'culture']),
        pole(49, ['culture']),
        pole(46, ['numerique']),
        pole(40, ['insertion']),
        pole(null, ['services']),
      ],
      north,
      words,
    );
    expect(entries).toEqual([
      { kind: 'sector', ...sectorStyle('culture'), label: 'CULTURE' },
      { kind: 'sector', ...sectorStyle('numerique'), label: 'NUMERIQUE' },
    ]);
  });

  it('adds the dashed ring only when an approximate pole is in view, then the layers drawn', () => {
    const approxOut = legendEntries([pole(48, []), pole(40, [], 'commune')], north, words);
    expect(approxOut.map((e) => e.kind)).toEqual(['sector']);
    expect(approxOut[0]).toMatchObject({ label: 'Non renseigné' });
    const all = legendEntries([pole(48, [], 'departement')], north, {
      ...words,
      qpv: 'QPV',
      quartier: 'Quartier nommé',
    });
    expect(all.map((e) => e.kind)).toEqual(['sector', 'approx', 'qpv', 'quartier']);
  });

  it('adds the hollow symbol only when a pole of a wave without funding is in view', () => {
    const unfunded = new Set(['AMI-2021-P1']);
    const out = legendEntries(
      [pole(48, ['culture']), pole(40, ['culture'], 'exacte', 'AMI-2021-P1')],
      north,
      words,
      unfunded,
    );
    expect(out.map((e) => e.kind)).toEqual(['sector']);
    const inView = legendEntries(
      [pole(48, ['culture'], 'commune', 'AMI-2021-P1')],
      north,
      words,
      unfunded,
    );
    expect(inView.map((e) => e.kind)).toEqual(['sector', 'approx', 'accompanied']);
  });
});
