import { describe, expect, it } from 'vitest';
import { mergeCorrections } from './merge-corrections';
import { parsePtce } from './parse-ptce';
import { PTCE_HEADER, ptceCsvLine } from './ptce-csv';
import type { PtceRow } from './ptce-schema';
import { SHIPPED_PTCE, SHIPPED_KEYS, testRow } from './ptce-test-row';

const shipped = parsePtce(SHIPPED_PTCE, SHIPPED_KEYS);
const coopaxis = shipped.rows['coopaxis']!;

function file(name: string, ...rows: PtceRow[]) {
  return { name, text: `${PTCE_HEADER}\n${rows.map(ptceCsvLine).join('\n')}\n` };
}

function merge(...files: { name: string; text: string }[]) {
  return mergeCorrections(SHIPPED_PTCE, files, SHIPPED_KEYS);
}

describe('mergeCorrections', () => {
  it('replaces a known id, keeps the other rows and their order, and lists the change', () => {
    const result = merge(file('a.csv', { ...coopaxis, site_web: 'https://coopaxis.example.org' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.changes).toEqual([
      {
        id: 'coopaxis',
        kind: 'changed',
        file: 'a.csv',
        changes: [
          {
            field: 'site_web',
            before: 'https://www.artefacts.coop',
            after: 'https://coopaxis.example.org',
          },
        ],
      },
    ]);
    const after = parsePtce(result.text, SHIPPED_KEYS);
    expect(after.issues).toEqual([]);
    expect(after.poles.map((p) => p.id)).toEqual(shipped.poles.map((p) => p.id));
    expect(after.poles.find((p) => p.id === 'coopaxis')!.siteWeb).toBe(
      'https://coopaxis.example.org/',
    );
  });

  it('adds a new id at the end', () => {
    const result = merge(file('new.csv', testRow({ id: 'pole-nouveau', appel: 'AAP2-2016' })));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.changes[0]).toMatchObject({ id: 'pole-nouveau', kind: 'new' });
    const after = parsePtce(result.text, SHIPPED_KEYS);
    expect(after.poles).toHaveLength(63);
    expect(after.poles.at(-1)!.id).toBe('pole-nouveau');
  });

  it('refuses a row without a source, saying which file, line and field', () => {
    const result = merge(
      file('bad.csv', testRow({ id: 'ok-pole' }), testRow({ id: 'no-source', sources: '' })),
    );
    expect(result).toEqual({
      ok: false,
      refusals: [{ file: 'bad.csv', line: 3, field: 'sources', message: 'aucune source http(s)' }],
    });
  });

  it('refuses a broken field that the loader would only correct (a website that is not http)', () => {
    const result = merge(file('bad.csv', { ...coopaxis, site_web: 'javascript:alert(1)' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusals).toMatchObject([{ file: 'bad.csv', line: 2, field: 'site_web' }]);
  });

  it('refuses the same id twice, in one file or across files', () => {
    const one = merge(file('dup.csv', testRow({ id: 'x-pole' }), testRow({ id: 'x-pole' })));
    expect(one.ok).toBe(false);
    if (!one.ok) expect(one.refusals[0]).toMatchObject({ file: 'dup.csv', line: 3, field: 'id' });
    const two = merge(file('a.csv', coopaxis), file('b.csv', { ...coopaxis, nom: 'Autre' }));
    expect(two.ok).toBe(false);
    if (!two.ok) expect(two.refusals[0]).toMatchObject({ file: 'b.csv', line: 2, field: 'id' });
  });

  it('refuses a file without the ptce.csv columns or without rows', () => {
    const noHeader = merge({ name: 'x.csv', text: 'id,nom\na,b\n' });
    expect(noHeader.ok).toBe(false);
    if (!noHeader.ok) expect(noHeader.refusals[0]).toMatchObject({ file: 'x.csv', line: 1 });
    const empty = merge({ name: 'e.csv', text: `${PTCE_HEADER}\n` });
    expect(empty.ok).toBe(false);
  });

  it('neutralises formula-like text written by hand in a correction', () => {
    const text = `${PTCE_HEADER}\n${ptceCsvLine({ ...coopaxis, porteur: 'x' }).replace(',x,', ',=HYPERLINK("http://evil"),')}\n`;
    expect(text).toContain(',=HYPERLINK(');
    const result = merge({ name: 'f.csv', text });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(
      parsePtce(result.text, SHIPPED_KEYS).poles.find((p) => p.id === 'coopaxis')!.porteur,
    ).toBe('=HYPERLINK("http://evil")');
  });
});
