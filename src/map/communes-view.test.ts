import { describe, expect, it } from 'vitest';
import { departementsInView } from './communes-view';

const boxes = [
  { code: 'A', box: [0, 0, 1, 1] as [number, number, number, number] },
  { code: 'B', box: [1, 0, 2, 1] as [number, number, number, number] },
  { code: 'C', box: [5, 5, 6, 6] as [number, number, number, number] },
];

describe('departementsInView', () => {
  it('keeps the boxes that meet the view, the one under its centre first', () => {
    expect(departementsInView(boxes, [0.5, 0.2, 1.9, 0.8])).toEqual(['B', 'A']);
    expect(departementsInView(boxes, [0.1, 0.2, 1.2, 0.8])).toEqual(['A', 'B']);
  });

  it('among boxes holding the centre, takes the one whose middle is nearest first', () => {
    const wide = { code: 'W', box: [0, 0, 20, 20] as [number, number, number, number] };
    const small = { code: 'S', box: [4, 4, 6, 6] as [number, number, number, number] };
    expect(departementsInView([wide, small], [4.5, 4.5, 5.5, 5.5])).toEqual(['S', 'W']);
  });

  it('is empty over nothing', () => {
    expect(departementsInView(boxes, [3, 3, 4, 4])).toEqual([]);
  });
});
