import { describe, expect, it } from 'vitest';
import { checkProposedRow, guardCell, unguardCell, validatePtceRow } from './ptce-schema';
import { SHIPPED_KEYS, testRow } from './ptce-test-row';

describe('validatePtceRow (the one schema)', () => {
  it('turns a valid row into a pole with no correction', () => {
    const [pole, corrections] = validatePtceRow(testRow(), 2, SHIPPED_KEYS);
    expect(corrections).toEqual([]);
    expect(pole).toMatchObject({
      id: 'pole-test',
      lat: 47.3,
      lon: 5,
      secteurs: ['culture', 'numerique'],
    });
  });

  it('reports every problem of a rejected row, the first one as the reason', () => {
    let caught: unknown;
    try {
      validatePtceRow(
        testRow({ id: 'Bad Id', appel: 'AAP3', latitude: 'x', sources: 'javascript:alert(1)' }),
        2,
        SHIPPED_KEYS,
      );
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ field: 'id' });
    const all = (caught as { all: { field: string }[] }).all.map((p) => p.field);
    expect(all).toEqual(['id', 'appel', 'latitude', 'sources']);
  });
});

describe('checkProposedRow (strict: what the loader would correct is a problem)', () => {
  it('accepts a valid row', () => {
    expect(checkProposedRow(testRow(), SHIPPED_KEYS).problems).toEqual([]);
  });

  it('refuses a website that is not http(s) and a non-http source, naming the fields', () => {
    const result = checkProposedRow(
      testRow({ site_web: 'javascript:alert(1)', sources: 'https://ok.org|ftp://x.org' }),
      SHIPPED_KEYS,
    );
    expect(result.problems.map((p) => p.field).sort()).toEqual(['site_web', 'sources']);
  });

  it('refuses a row without any source', () => {
    const result = checkProposedRow(testRow({ sources: '' }), SHIPPED_KEYS);
    expect(result.problems).toEqual([{ field: 'sources', message: 'aucune source http(s)' }]);
  });

  it('refuses an unknown sector and an unreadable year', () => {
    const result = checkProposedRow(
      testRow({ secteurs: 'culture|magie', creation: '20xx' }),
      SHIPPED_KEYS,
    );
    expect(result.problems.map((p) => p.field).sort()).toEqual(['creation', 'secteurs']);
  });
});

describe('guardCell / unguardCell (formula-like text)', () => {
  it('guards text a spreadsheet would run and reads it back unchanged', () => {
    for (const v of ['=HYPERLINK("http://x")', '+33 1', '-x', '@SUM(A1)', "'=already", "''+x"]) {
      expect(guardCell(v)).toBe(`'${v}`);
      expect(unguardCell(guardCell(v))).toBe(v);
    }
  });

  it('leaves numbers and ordinary text alone', () => {
    for (const v of ['-2.74850', '+5', '47.3', 'Dijon', "l'atelier", "'quoted"]) {
      expect(guardCell(v)).toBe(v);
      expect(unguardCell(v)).toBe(v);
    }
  });
});
