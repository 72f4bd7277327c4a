import type { BinaryKind } from './messages';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean }
  | { ok: false; error: 'empty' }
  | { ok: false; error: 'binary'; kind: BinaryKind };

/** Bytes sniffed for binary content: enough to be representative, cheap on a 50 MB file. */
const SNIFF_BYTES = 64 * 1024;
/** Above this share of control characters the bytes are not a text table. */
const MAX_CONTROL_RATIO = 0.1;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function asciiAt(bytes: Uint8Array, from: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(from, from + length));
}

/** Names well-known binary containers so the message can say "save it as CSV". */
function binaryKindFromMagic(bytes: Uint8Array): BinaryKind | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Office/ODF files are ZIPs; their first entry name tells them apart.
    const head = asciiAt(bytes, 0, 2048);
    if (head.includes('mimetypeapplication/vnd.oasis.opendocument')) return 'ods';
    if (head.includes('[Content_Types].xml') || head.includes('xl/')) return 'xlsx';
    return 'zip';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38])
  ) {
    return 'image';
  }
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, FF, CR are normal in text; everything else below 0x20 is not.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) {
      controls++;
    }
  }
  return end > 0 && controls / end > MAX_CONTROL_RATIO;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Written out here because
// Node's TextDecoder('windows-1252') decodes that range as Latin-1 C1 controls
// (browsers follow the WHATWG table); the five unassigned bytes stay C1, as in WHATWG.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunk = 8192;
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(chunk, bytes.length));
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(bytes.length, start + chunk);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, end - start)));
  }
  return parts.join('');
}

/**
 * Turns a file's bytes into text. UTF-8 (with or without BOM) is tried first
 * with a fatal decoder; bytes that are not valid UTF-8 are almost always an
 * Excel "CSV (séparateur : point-virgule)" export in Windows-1252. UTF-16 is
 * recognised by its BOM (Excel's "Texte Unicode"). Accents are recomposed
 * (NFC) so that text typed on a Mac compares equal to the same text from Windows.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty' };

  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(encoding).decode(bytes);
    return finish(text, encoding, true);
  }

  const magic = binaryKindFromMagic(bytes);
  if (magic) return { ok: false, error: 'binary', kind: magic };
  if (looksBinary(bytes)) return { ok: false, error: 'binary', kind: 'unknown' };

  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return finish(text, 'utf-8', bom);
  } catch {
    return finish(decodeWindows1252(bytes), 'windows-1252', false);
  }
}

function finish(raw: string, encoding: TextEncodingName, bom: boolean): DecodeResult {
  const text = raw.normalize('NFC');
  if (text.trim() === '') return { ok: false, error: 'empty' };
  return { ok: true, text, encoding, bom };
}
