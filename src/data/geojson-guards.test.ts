import { describe, expect, it } from 'vitest';
import { asFeatureCollection } from './geojson-guards';

describe('asFeatureCollection', () => {
  it('accepts a FeatureCollection', () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null }] };
    expect(asFeatureCollection(fc)).toBe(fc);
  });
  it('refuses anything else', () => {
    expect(asFeatureCollection(null)).toBeNull();
    expect(asFeatureCollection({ type: 'Feature' })).toBeNull();
    expect(asFeatureCollection({ type: 'FeatureCollection', features: [1] })).toBeNull();
    expect(asFeatureCollection('x')).toBeNull();
  });
});
