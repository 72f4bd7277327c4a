import { describe, expect, it } from 'vitest';
import { metresPerPixelAt, scaleBar } from './scale-bar';

describe('scale bar', () => {
  it('picks the longest 1-2-5 distance that fits', () => {
    expect(scaleBar(1000, 150)).toEqual({ px: 100, metres: 100000, label: '100 km' });
    expect(scaleBar(1000, 250)).toEqual({ px: 200, metres: 200000, label: '200 km' });
    expect(scaleBar(10, 120)).toEqual({ px: 100, metres: 1000, label: '1 km' });
    expect(scaleBar(2, 140)).toEqual({ px: 100, metres: 200, label: '200 m' });
    expect(scaleBar(3, 200)).toMatchObject({ metres: 500, label: '500 m' });
  });

  it('never draws a bar longer than allowed, nor one for nonsense', () => {
    for (const mpp of [0.7, 3.3, 47, 1234, 98765]) {
      const bar = scaleBar(mpp, 180)!;
      expect(bar.px).toBeLessThanOrEqual(180);
      expect(bar.px).toBeGreaterThan(180 / 5 - 1);
    }
    expect(scaleBar(0, 100)).toBeNull();
    expect(scaleBar(Number.NaN, 100)).toBeNull();
    expect(scaleBar(0.001, 100)).toBeNull();
  });

  it('knows the Web Mercator ground resolution', () => {
    expect(metresPerPixelAt(0, 0)).toBeCloseTo(156543.03, 1);
    expect(metresPerPixelAt(60, 10)).toBeCloseTo(156543.03 / 2 / 1024, 2);
  });
});
