import { describe, expect, it } from 'vitest';
import { loadCommunes } from './fixtures/reference';
import { describeCandidates, geocodeRow } from './geocode-rows';

const communes = loadCommunes();

describe('geocodeRow', () => {
  it('prefers the INSEE code', () => {
    expect(geocodeRow({ insee: '42218', commune: 'Lyon' }, communes)).toMatchObject({
      ok: true,
      by: 'insee',
      commune: { name: 'Saint-Étienne' },
    });
  });

  it('falls back to the name when the INSEE code is unknown', () => {
    expect(geocodeRow({ insee: '99999', commune: 'Dijon' }, communes)).toMatchObject({
      ok: true,
      by: 'commune',
      commune: { insee: '21231' },
    });
  });

  it('uses the postcode and département to tell namesakes apart', () => {
    expect(geocodeRow({ commune: 'Saint-Denis', postcode: '97400' }, communes)).toMatchObject({
      ok: true,
      commune: { insee: '97411' },
    });
    expect(geocodeRow({ commune: 'Saint-Denis', department: '93' }, communes)).toMatchObject({
      ok: true,
      commune: { insee: '93066' },
    });
  });

  it('places a bare postcode, noting when it is shared', () => {
    expect(geocodeRow({ postcode: '21000' }, communes)).toEqual(
      expect.objectContaining({
        ok: true,
        by: 'postcode',
        commune: expect.objectContaining({ name: 'Dijon' }),
      }),
    );
    const shared = geocodeRow({ postcode: '51300' }, communes);
    expect(shared.ok && shared.sharedBy).toBeGreaterThan(40);
  });

  it('falls back to the postcode when the name is misspelt', () => {
    expect(geocodeRow({ commune: 'Dijjon', postcode: '21000' }, communes)).toMatchObject({
      ok: true,
      by: 'postcode',
    });
  });

  it('explains failures, the most useful reason first', () => {
    expect(geocodeRow({}, communes)).toEqual({ ok: false, code: 'no_location' });
    expect(geocodeRow({ commune: ' ', insee: '', postcode: '' }, communes)).toEqual({
      ok: false,
      code: 'no_location',
    });
    expect(geocodeRow({ commune: 'Atlantis' }, communes)).toEqual({
      ok: false,
      code: 'commune_not_found',
      value: 'Atlantis',
    });
    expect(geocodeRow({ insee: '99999', postcode: '00000' }, communes)).toMatchObject({
      code: 'insee_not_found',
    });
    expect(geocodeRow({ postcode: '00000' }, communes)).toMatchObject({
      code: 'postcode_not_found',
    });
    const ambiguous = geocodeRow({ commune: 'Saint-Denis', insee: '99999' }, communes);
    expect(ambiguous).toMatchObject({ ok: false, code: 'commune_ambiguous' });
    expect(
      ambiguous.ok === false && ambiguous.code === 'commune_ambiguous'
        ? describeCandidates(ambiguous.candidates, 2)
        : '',
    ).toBe('Saint-Denis (11), Saint-Denis (30)…');
  });
});
