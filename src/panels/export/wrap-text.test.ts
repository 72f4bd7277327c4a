import { describe, expect, it } from 'vitest';
import { wrapText } from './compose-image';

// Every character 10 px wide: lines are easy to count.
const ctx = { measureText: (s: string) => ({ width: s.length * 10 }) as TextMetrics };

describe('text wrapped on the image', () => {
  it('breaks between words, never over the width', () => {
    const lines = wrapText(ctx, 'Les pôles de la région Centre-Val de Loire', 120);
    expect(lines).toEqual(['Les pôles de', 'la région', 'Centre-Val', 'de Loire']);
    for (const l of lines) expect(l.length * 10).toBeLessThanOrEqual(120);
  });

  it('cuts a word longer than a line (a link) where it must, losing nothing', () => {
    const url = 'http://localhost:4173/?map=9/47.38119/0.69854&sel=coopaxis';
    const lines = wrapText(ctx, `Cette vue : ${url}`, 200);
    expect(lines.join('').replace('Cette vue :', '')).toBe(url);
    for (const l of lines) expect(l.length * 10).toBeLessThanOrEqual(200);
  });
});
