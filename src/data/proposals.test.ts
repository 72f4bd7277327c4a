import { describe, expect, it } from 'vitest';
import { readProposals, writeProposals } from './proposals';
import { SHIPPED_KEYS, testRow } from './ptce-test-row';

describe('readProposals', () => {
  it('reads back what was written', () => {
    const rows = [testRow({ id: 'a-pole' }), testRow({ id: 'b-pole', nom: '<b>x</b>' })];
    expect(readProposals(writeProposals(rows), SHIPPED_KEYS, new Set())).toEqual(rows);
  });

  it('drops broken storage, invalid rows, duplicates and ids now in the data', () => {
    expect(readProposals('{not json', SHIPPED_KEYS, new Set())).toEqual([]);
    expect(readProposals('{"a":1}', SHIPPED_KEYS, new Set())).toEqual([]);
    const text = writeProposals([
      testRow({ id: 'ok-pole' }),
      testRow({ id: 'ok-pole', nom: 'Again' }),
      testRow({ id: 'no-source', sources: '' }),
      testRow({ id: 'coopaxis' }),
    ]);
    expect(readProposals(text, SHIPPED_KEYS, new Set(['coopaxis'])).map((r) => r.id)).toEqual([
      'ok-pole',
    ]);
  });
});
