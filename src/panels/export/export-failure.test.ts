import { describe, expect, it } from 'vitest';
import { failureOf } from './export-failure';

describe('why an image could not be made', () => {
  it('tells a capture library that did not load, a tainted canvas, memory, and the rest', () => {
    expect(
      failureOf(new TypeError('Failed to fetch dynamically imported module: /assets/x.js')).reason,
    ).toBe('load');
    expect(
      failureOf(new DOMException('Tainted canvases may not be exported.', 'SecurityError')),
    ).toMatchObject({ reason: 'canvas' });
    expect(failureOf(new RangeError('Invalid array length')).reason).toBe('memory');
    expect(failureOf(new Error('toBlob gave nothing')).reason).toBe('memory');
    expect(failureOf('odd')).toEqual({ reason: 'other', detail: 'odd' });
  });
});
