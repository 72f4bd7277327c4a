import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSiteSelection, siteSelectionId } from './site-selection';

describe('site selection ids', () => {
  it('round-trips any layer and site id', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (layerId, siteId) => {
        expect(parseSiteSelection(siteSelectionId(layerId, siteId))).toEqual({ layerId, siteId });
      }),
    );
  });

  it('is never taken for a pole id, and bad ids are ignored', () => {
    expect(parseSiteSelection('coursive-boutaric')).toBeNull();
    expect(parseSiteSelection(null)).toBeNull();
    expect(parseSiteSelection('site:a')).toBeNull();
    expect(parseSiteSelection('site:a:b:c')).toBeNull();
    expect(parseSiteSelection('site:%E0%A4%A:b')).toBeNull();
  });
});
