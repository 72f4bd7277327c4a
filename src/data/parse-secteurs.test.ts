import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSecteurs } from './parse-secteurs';

describe('parseSecteurs', () => {
  it('reads the 10 shipped sectors', () => {
    const { sectors, issues } = parseSecteurs(readFileSync('public/data/secteurs.csv', 'utf8'));
    expect(issues).toEqual([]);
    expect(sectors).toHaveLength(10);
    expect(sectors[0]).toEqual({
      key: 'culture',
      labelFr: 'Culture et industries créatives',
      labelEn: 'Culture and creative industries',
    });
  });

  it('reports bad and duplicate keys and keeps the rest', () => {
    const { sectors, issues } = parseSecteurs(
      'cle,libelle_fr,libelle_en\na,A,A\nBad Key,B,B\na,A2,A2\nc,,C\nd,D,\n',
    );
    expect(sectors.map((s) => s.key)).toEqual(['a', 'd']);
    expect(sectors[1]!.labelEn).toBe('D');
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [3, 'cle'],
      [4, 'cle'],
      [5, 'libelle_fr'],
    ]);
  });

  it('throws when required columns are missing', () => {
    expect(() => parseSecteurs('key,label\na,b\n')).toThrow(/colonnes manquantes/);
  });
});
