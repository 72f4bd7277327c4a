import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from './decode-text';
import { fixtureBytes, utf8 } from './fixtures/reference';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    const plain = decodeText(utf8('nom;ville\nÉcole;Besançon\n'));
    expect(plain).toEqual({
      ok: true,
      text: 'nom;ville\nÉcole;Besançon\n',
      encoding: 'utf-8',
      bom: false,
    });
    const withBom = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('nom\nÉcole\n')]));
    expect(withBom).toMatchObject({ ok: true, text: 'nom\nÉcole\n', encoding: 'utf-8', bom: true });
  });

  it('falls back to Windows-1252 for an Excel export (real cp1252 bytes)', () => {
    const bytes = fixtureBytes('ptce-windows-1252.csv');
    expect(bytes).toContain(0x92); // ’ in cp1252, invalid as UTF-8
    const result = decodeText(bytes);
    expect(result.ok && result.encoding).toBe('windows-1252');
    expect(result.ok && result.text).toContain('L’Atelier œuvre;Saint-Étienne');
    expect(result.ok && result.text).toContain('10 000 €');
    expect(result.ok && result.text).toContain('Café de la Gare;Besançon');
  });

  it('maps the whole 0x80–0x9F range as WHATWG windows-1252 does', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x8c, 0x92, 0x9c, 0x9f, 0x81]))).toBe(
      '€Œ’œŸ\u0081',
    );
    expect(decodeWindows1252(new Uint8Array([0x41, 0xe9, 0xff]))).toBe('Aéÿ');
  });

  it('reads UTF-16 with a BOM (Excel "Texte Unicode")', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x6e, 0, 0x6f, 0, 0x6d, 0, 0x09, 0, 0xe9, 0]);
    expect(decodeText(le)).toMatchObject({ ok: true, text: 'nom\té', encoding: 'utf-16le' });
  });

  it('recomposes decomposed accents (files from a Mac)', () => {
    const result = decodeText(utf8('Cre\u0301teil'));
    expect(result.ok && result.text).toBe('Créteil');
  });

  it('reports empty files', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, error: 'empty' });
    expect(decodeText(utf8(' \r\n\t\n'))).toEqual({ ok: false, error: 'empty' });
  });

  it('recognises binary files and names common ones', () => {
    const zipXlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('....[Content_Types].xml')]);
    expect(decodeText(zipXlsx)).toEqual({ ok: false, error: 'binary', kind: 'xlsx' });
    const ods = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...utf8('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
    ]);
    expect(decodeText(ods)).toEqual({ ok: false, error: 'binary', kind: 'ods' });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(decodeText(xls)).toEqual({ ok: false, error: 'binary', kind: 'xls' });
    expect(decodeText(utf8('%PDF-1.7\n'))).toEqual({ ok: false, error: 'binary', kind: 'pdf' });
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toMatchObject({
      kind: 'image',
    });
    expect(decodeText(utf8('nom\u0000ville'))).toEqual({
      ok: false,
      error: 'binary',
      kind: 'unknown',
    });
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeText(controls)).toEqual({ ok: false, error: 'binary', kind: 'unknown' });
  });
});
