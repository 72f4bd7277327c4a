import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressDir } from './precompress';

describe('precompressDir', () => {
  it('writes .br and .gz next to text files that decompress to the same bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptce-precompress-'));
    const text = 'id,nom\n'.repeat(500);
    writeFileSync(join(dir, 'ptce.csv'), text);
    writeFileSync(join(dir, 'tiny.js'), 'x');
    writeFileSync(join(dir, 'image.png'), Buffer.alloc(4096));
    expect(await precompressDir(dir)).toBe(1);
    expect(brotliDecompressSync(readFileSync(join(dir, 'ptce.csv.br'))).toString()).toBe(text);
    expect(gunzipSync(readFileSync(join(dir, 'ptce.csv.gz'))).toString()).toBe(text);
    expect(existsSync(join(dir, 'tiny.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'image.png.gz'))).toBe(false);
  });
});
