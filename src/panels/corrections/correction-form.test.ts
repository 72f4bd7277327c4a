import { describe, expect, it } from 'vitest';
import { parsePtce } from '../../data/parse-ptce';
import { SHIPPED_PTCE, SHIPPED_KEYS, testRow } from '../../data/ptce-test-row';
import {
  checkForm,
  correctionCsv,
  emptyRow,
  mailtoHref,
  slugify,
  sourcesToText,
  textToSources,
} from './correction-form';

const shipped = parsePtce(SHIPPED_PTCE, SHIPPED_KEYS);
const ids = new Set(shipped.poles.map((p) => p.id));

describe('the correction form helpers', () => {
  it('makes an id from a name', () => {
    expect(slugify("Écopôle alimentaire d'Audruicq ")).toBe('ecopole-alimentaire-d-audruicq');
    expect(slugify('  ')).toBe('');
  });

  it('shows sources one per line and stores them with |', () => {
    expect(sourcesToText('https://a.org|https://b.org')).toBe('https://a.org\nhttps://b.org');
    expect(textToSources(' https://a.org \n\nhttps://b.org\r\n')).toBe(
      'https://a.org|https://b.org',
    );
  });

  it('lists only the changed fields of a correction', () => {
    const before = shipped.rows['coopaxis']!;
    const check = checkForm(
      { ...before, site_web: 'https://new.example.org' },
      before,
      SHIPPED_KEYS,
      ids,
    );
    expect(check.problems).toEqual([]);
    expect(check.changes).toEqual([
      { field: 'site_web', before: 'https://www.artefacts.coop', after: 'https://new.example.org' },
    ]);
  });

  it('refuses a proposal that takes an existing id, or lacks the call and a source', () => {
    const taken = checkForm(testRow({ id: 'coopaxis' }), undefined, SHIPPED_KEYS, ids);
    expect(taken.problems[0]).toEqual({ field: 'id', message: 'idTaken' });
    const empty = checkForm(
      { ...emptyRow(), id: 'x-pole', nom: 'X' },
      undefined,
      SHIPPED_KEYS,
      ids,
    );
    expect(empty.problems.map((p) => p.field)).toEqual(['appel', 'sources']);
  });

  it('writes a one-row file the loader reads back with no issue', () => {
    const row = testRow({ nom: '=cmd|x' });
    const read = parsePtce(correctionCsv(row), SHIPPED_KEYS);
    expect(read.issues).toEqual([]);
    expect(read.rows['pole-test']).toEqual(row);
  });

  it('builds a mailto link with the text encoded', () => {
    expect(mailtoHref('a@b.org', 'Sujet & co', 'l1\nl2')).toBe(
      'mailto:a@b.org?subject=Sujet%20%26%20co&body=l1%0Al2',
    );
  });
});
