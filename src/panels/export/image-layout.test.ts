import { describe, expect, it } from 'vitest';
import { A4_150DPI, fontFor, imageLayout, type ImageLayout, type Rect } from './image-layout';

const inside = (r: Rect, l: ImageLayout) =>
  r.x >= 0 && r.y >= 0 && r.x + r.width <= l.width && r.y + r.height <= l.height;
const apart = (a: Rect, b: Rect) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe('the layout of the exported image', () => {
  it('keeps the A4 size and gives the map what the text leaves', () => {
    const l = imageLayout({ kind: 'print', ...A4_150DPI }, { titleLines: 1, footerLines: 4 });
    expect([l.width, l.height]).toEqual([1754, 1240]);
    expect(l.fontPx).toBe(25);
    expect(l.map.width).toBeGreaterThan(1200);
    expect(l.map.height).toBeGreaterThan(800);
  });

  it('builds the screen size around the map as it is on screen', () => {
    const l = imageLayout(
      { kind: 'screen', map: { width: 940, height: 738 } },
      {
        titleLines: 2,
        footerLines: 3,
      },
    );
    expect([l.map.width, l.map.height]).toEqual([940, 738]);
    expect(l.width).toBeGreaterThan(940);
    expect(l.height).toBeGreaterThan(738);
  });

  it('never overlaps its parts nor leaves the image, whatever the text', () => {
    for (const size of [
      { kind: 'print' as const, ...A4_150DPI },
      { kind: 'print' as const, width: 2480, height: 1754 },
      { kind: 'screen' as const, map: { width: 360, height: 500 } },
      { kind: 'screen' as const, map: { width: 1600, height: 900 } },
    ]) {
      for (const footerLines of [1, 3, 6]) {
        const l = imageLayout(size, { titleLines: 2, footerLines });
        const parts = [l.title, l.map, l.side, l.footer];
        for (const p of parts) expect(inside(p, l)).toBe(true);
        for (let i = 0; i < parts.length; i++)
          for (let j = i + 1; j < parts.length; j++) expect(apart(parts[i]!, parts[j]!)).toBe(true);
      }
    }
  });

  it('writes 12 pt on A4 at 150 dpi and stays readable on a small screen', () => {
    expect(fontFor(1754)).toBe(25);
    expect(fontFor(500)).toBe(14);
  });
});
