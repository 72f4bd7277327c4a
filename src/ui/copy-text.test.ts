import { describe, expect, it } from 'vitest';
import { copyText } from './copy-text';

describe('copyText', () => {
  it('writes the text and says so', async () => {
    let written = '';
    const clipboard = { writeText: async (t: string) => void (written = t) } as Clipboard;
    expect(await copyText('https://x/?sel=a', clipboard)).toBe(true);
    expect(written).toBe('https://x/?sel=a');
  });

  it('says false when the API is missing or refuses', async () => {
    expect(await copyText('x', undefined)).toBe(false);
    const refusing = {
      writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    } as unknown as Clipboard;
    expect(await copyText('x', refusing)).toBe(false);
  });
});
