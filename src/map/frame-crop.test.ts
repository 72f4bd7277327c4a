import { describe, expect, it } from 'vitest';
import { cropToAspect } from './frame-crop';

describe('the part of a view a frame of another shape shows', () => {
  it('cuts a phone’s tall view to a landscape page, keeping its width', () => {
    expect(cropToAspect(390, 780, 2)).toEqual({ width: 390, height: 195 });
  });
  it('cuts a wide view to a squarer frame, keeping its height', () => {
    expect(cropToAspect(1600, 800, 1)).toEqual({ width: 800, height: 800 });
  });
  it('keeps a view of the same shape, and one it cannot measure', () => {
    expect(cropToAspect(1000, 500, 2)).toEqual({ width: 1000, height: 500 });
    expect(cropToAspect(0, 500, 2)).toEqual({ width: 0, height: 500 });
  });
});
