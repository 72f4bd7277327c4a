import { describe, expect, it } from 'vitest';
import type { BBox } from '../data/qpv-types';
import {
  QPV_SHAPES_MIN_ZOOM,
  diffCodes,
  itemsInView,
  qpvDrawMode,
  wantsShapes,
} from './qpv-layer-model';

describe('qpvDrawMode', () => {
  it('draws nothing when off, dots at country scale, polygons from a regional zoom once loaded', () => {
    expect(qpvDrawMode(false, 12, true)).toBe('off');
    expect(qpvDrawMode(true, 6, true)).toBe('points');
    expect(qpvDrawMode(true, QPV_SHAPES_MIN_ZOOM, false)).toBe('points');
    expect(qpvDrawMode(true, QPV_SHAPES_MIN_ZOOM, true)).toBe('shapes');
    expect(wantsShapes(true, QPV_SHAPES_MIN_ZOOM - 0.5)).toBe(false);
    expect(wantsShapes(true, QPV_SHAPES_MIN_ZOOM)).toBe(true);
    expect(wantsShapes(false, 14)).toBe(false);
  });
});

describe('itemsInView', () => {
  const item = (code: string, bbox: BBox) => ({ code, bbox });
  const items = [
    item('inside', [5, 47, 5.1, 47.1]),
    item('straddles', [5.9, 47.5, 6.2, 47.6]),
    item('in-margin', [6.1, 47, 6.2, 47.1]),
    item('far', [8, 47, 8.1, 47.1]),
  ];

  it('keeps what meets the view or its margin', () => {
    const got = itemsInView(items, [4, 46, 6, 48]).map((i) => i.code);
    expect(got).toEqual(['inside', 'straddles', 'in-margin']);
    expect(itemsInView(items, [4, 46, 6, 48], 0).map((i) => i.code)).toEqual([
      'inside',
      'straddles',
    ]);
  });
});

describe('diffCodes', () => {
  it('adds the new and removes the gone', () => {
    expect(diffCodes(new Set(['a', 'b']), new Set(['b', 'c']))).toEqual({
      add: ['c'],
      remove: ['a'],
    });
  });
});
