import { describe, expect, it } from 'vitest';
import { testWave } from './test-wave';
import {
  compareDates,
  unfundedCodes,
  waveLabel,
  waveName,
  wavesBy,
  wavesByCode,
  yearRange,
} from './waves';

const waves = [
  testWave('AAP1-2014', 2014, { labelFr: '1er appel', labelEn: '1st call' }),
  testWave('AMI-2021-P1', 2021, { labelFr: 'AMI 2021, phase 1', funded: false }),
  testWave('AMI-2024', 2024, { labelFr: 'AMI 2024', date: { year: 2024, month: 10, day: null } }),
];

describe('waves', () => {
  it('orders dates, a year or month before the days within it', () => {
    const d = (year: number, month: number | null, day: number | null) => ({ year, month, day });
    expect(compareDates(d(2021, null, null), d(2021, 1, 1))).toBeLessThan(0);
    expect(compareDates(d(2024, 10, null), d(2024, 10, 3))).toBeLessThan(0);
    expect(compareDates(d(2023, 10, 17), d(2024, 1, null))).toBeLessThan(0);
    expect(compareDates(d(2021, null, null), d(2021, null, null))).toBe(0);
  });

  it('names a wave in the page language, with its year when the label lacks it', () => {
    expect(waveLabel(waves[0]!, 'en')).toBe('1st call');
    expect(waveName(waves[0]!, 'fr')).toBe('1er appel, 2014');
    expect(waveName(waves[1]!, 'fr')).toBe('AMI 2021, phase 1');
  });

  it('gives the years, the waves announced by a year, and the waves without funding', () => {
    expect(yearRange(waves)).toEqual([2014, 2024]);
    expect(yearRange([])).toBeNull();
    expect(wavesBy(waves, 2021).map((w) => w.code)).toEqual(['AAP1-2014', 'AMI-2021-P1']);
    expect(wavesBy(waves, null)).toHaveLength(3);
    expect([...unfundedCodes(waves)]).toEqual(['AMI-2021-P1']);
    expect(wavesByCode(waves).get('AMI-2024')?.date.month).toBe(10);
  });
});
