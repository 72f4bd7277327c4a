import { describe, expect, it } from 'vitest';
import { freeArea, freeCentreOffset, freePadding, panIntoFree, type Box } from './free-area';

const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
});
const at = (x: number, y: number, half = 14) => box(x - half, y - half, x + half, y + half);

// The figures of the issue: 1366×800 with the details panel from x≈936, a 390×844 phone
// whose map is 736 px high with the sheet from y≈280 in the map.
const DESKTOP = { width: 1066, height: 700 };
const PANEL = box(630, 10, 1056, 660);
const PHONE = { width: 390, height: 736 };
const SHEET = box(0, 280, 390, 736);

describe('freeArea', () => {
  it('is the whole map without covers', () => {
    expect(freeArea(DESKTOP, [])).toEqual(box(0, 0, 1066, 700));
  });

  it('leaves the column left of a side panel', () => {
    expect(freeArea(DESKTOP, [PANEL])).toEqual(box(0, 0, 630, 700));
  });

  it('leaves the band above a bottom sheet', () => {
    expect(freeArea(PHONE, [SHEET])).toEqual(box(0, 0, 390, 280));
  });

  it('cuts a small control along the edge that keeps the most room', () => {
    const zoom = box(10, 10, 54, 98);
    // Above the sheet, a strip on the left costs less than a band at the top.
    expect(freeArea(PHONE, [zoom, SHEET])).toEqual(box(54, 0, 390, 280));
    // On a wide map, a toolbar across the top left costs a band at the top.
    expect(freeArea(DESKTOP, [PANEL, box(54, 10, 414, 50)])).toEqual(box(0, 50, 630, 700));
  });

  it('ignores covers outside the free part', () => {
    expect(freeArea(PHONE, [SHEET, box(100, 600, 300, 650)])).toEqual(box(0, 0, 390, 280));
  });

  it('falls back to the whole map when covers leave nothing', () => {
    expect(freeArea(PHONE, [box(0, 0, 390, 736)])).toEqual(box(0, 0, 390, 736));
  });
});

describe('panIntoFree', () => {
  it('is null when the target already sits in the free part', () => {
    expect(panIntoFree(DESKTOP, [PANEL], at(300, 300), 48)).toBeNull();
  });

  it('moves a pole out from under the side panel, with the margin', () => {
    // The Coursive at x≈966 of the page, 666 in this map: it must end at 630 - 48 - 14.
    const pan = panIntoFree(DESKTOP, [PANEL], at(666, 350), 48);
    expect(pan).toEqual([666 + 14 - (630 - 48), 0]);
  });

  it('moves a pole up from under the bottom sheet', () => {
    // Le Damier at y≈492 of the page, 384 in this map.
    const pan = panIntoFree(PHONE, [SHEET], at(200, 384), 48);
    expect(pan).toEqual([0, 384 + 14 - (280 - 48)]);
  });

  it('brings back a target that lies far outside the map', () => {
    const pan = panIntoFree(DESKTOP, [PANEL], at(-5000, -200), 48)!;
    const [x, y] = [-5000 - pan[0], -200 - pan[1]];
    expect(x - 14).toBeGreaterThanOrEqual(48);
    expect(y - 14).toBeGreaterThanOrEqual(48);
  });

  it('centres the target when the free part is narrower than target and margin', () => {
    const pan = panIntoFree({ width: 200, height: 400 }, [box(60, 0, 200, 400)], at(100, 200), 48);
    // Free part 0..60: the 28 px target goes to its middle, 30.
    expect(pan).toEqual([70, 0]);
  });
});

describe('freeCentreOffset and freePadding', () => {
  it('give the middle and the padding of the free part', () => {
    expect(freeCentreOffset(PHONE, [SHEET])).toEqual([0, (280 - 736) / 2]);
    expect(freePadding(PHONE, [SHEET], 16)).toEqual({
      topLeft: [16, 16],
      bottomRight: [16, 736 - 280 + 16],
    });
  });
});
