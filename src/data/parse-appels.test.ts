import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAppels, parsePartialDate } from './parse-appels';

const HEADER = 'appel,libelle_fr,libelle_en,date,laureats,soutien,finance,sources';

describe('parseAppels', () => {
  it('reads the seven shipped waves in date order, each with its http(s) sources', () => {
    const { waves, issues } = parseAppels(readFileSync('public/data/appels.csv', 'utf8'));
    expect(issues).toEqual([]);
    expect(waves.map((w) => [w.code, w.date.year, w.laureates, w.funded])).toEqual([
      ['AAP1-2014', 2014, 23, true],
      ['AAP2-2016', 2016, 14, true],
      ['AMI-2021-P1', 2021, 107, false],
      ['AMI-2021', 2021, 15, true],
      ['AMI-2023', 2023, 15, true],
      ['AMI-2024', 2024, 15, true],
      ['AMI-2025', 2025, 8, true],
    ]);
    expect(waves.every((w) => w.sources.length > 0)).toBe(true);
    expect(waves.flatMap((w) => w.sources).every((s) => /^https?:\/\//.test(s))).toBe(true);
    expect(waves.find((w) => w.code === 'AMI-2024')!.date).toEqual({
      year: 2024,
      month: 10,
      day: null,
    });
  });

  it('orders by date whatever the order of the file, keeping the file order for ties', () => {
    const text = [
      HEADER,
      'B,Vague B,Wave B,2021,3,,,https://b.org',
      'C,Vague C,,2019-05-02,4,,non,https://c.org',
      'A,Vague A,Wave A,2021,2,,,https://a.org',
      'D,Vague D,,2019-05,1,,,https://d.org',
    ].join('\n');
    const { waves } = parseAppels(text);
    expect(waves.map((w) => w.code)).toEqual(['D', 'C', 'B', 'A']);
    // No English label: the French one; no `finance`: funded.
    expect(waves[1]).toMatchObject({ labelEn: 'Vague C', funded: false });
    expect(waves[0]!.funded).toBe(true);
  });

  it('reports with its line and leaves out a bad row, keeps the good ones', () => {
    const text = [
      HEADER,
      'AAP1-2014,1er appel,1st call,2014-01-10,23,,oui,https://a.org',
      'X-2020,Vague,,14/01/2020,3,,oui,https://b.org',
      'Y-2020,Vague,,2020-02-30,3,,oui,https://b.org',
      'Z-2020,Vague,,2020,-3,,oui,https://b.org',
      'W-2020,Vague,,2020,3,,oui,javascript:alert(1)',
      'AAP1-2014,Encore,,2014,23,,oui,https://a.org',
      'V 2020,Vague,,2020,3,,oui,https://b.org',
      'U-2020,,,2020,3,,oui,https://b.org',
      'T-2020,Vague,,2020,3,,peut-être,https://b.org',
    ].join('\n');
    const { waves, issues } = parseAppels(text);
    expect(waves.map((w) => w.code)).toEqual(['AAP1-2014']);
    expect(issues.map((i) => [i.file, i.row, i.field])).toEqual([
      ['appels.csv', 3, 'date'],
      ['appels.csv', 4, 'date'],
      ['appels.csv', 5, 'laureats'],
      ['appels.csv', 6, 'sources'],
      ['appels.csv', 7, 'appel'],
      ['appels.csv', 8, 'appel'],
      ['appels.csv', 9, 'libelle_fr'],
      ['appels.csv', 10, 'finance'],
    ]);
    expect(issues[4]!.message).toMatch(/en double/);
  });

  it('reads a file of the older shape (one `source` column)', () => {
    const { waves } = parseAppels(
      'appel,libelle_fr,date,laureats,source\nA,Vague,2014,2,https://a.org\n',
    );
    expect(waves[0]!.sources).toEqual(['https://a.org/']);
  });

  it('throws for a file without the expected columns', () => {
    expect(() => parseAppels('call,total\nx,1\n')).toThrow(/colonnes manquantes/);
  });
});

describe('parsePartialDate', () => {
  it('takes a year, a month or a day, and nothing else', () => {
    expect(parsePartialDate('2021')).toEqual({ year: 2021, month: null, day: null });
    expect(parsePartialDate('2024-10')).toEqual({ year: 2024, month: 10, day: null });
    expect(parsePartialDate('2023-10-17')).toEqual({ year: 2023, month: 10, day: 17 });
    for (const bad of ['', '21', '2024-13', '2024-1', '2023-02-29', '2023-10-17T00:00', 'octobre'])
      expect(parsePartialDate(bad)).toBeNull();
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
