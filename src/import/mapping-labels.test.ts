import { describe, expect, it } from 'vitest';
import { COLUMN_ROLES, type UnsureReason } from './guess-columns';
import { columnRoleLabel, unsureReasonMessage } from './mapping-labels';

describe('mapping labels', () => {
  it('names every role in both languages', () => {
    for (const role of COLUMN_ROLES) {
      expect(columnRoleLabel(role, 'fr')).toBeTruthy();
      expect(columnRoleLabel(role, 'en')).toBeTruthy();
    }
  });

  it('explains every unsure reason', () => {
    const reasons: UnsureReason[] = [
      { code: 'no_name_column' },
      { code: 'no_location_column' },
      { code: 'xy_ambiguous', columns: ['x', 'y'] },
      { code: 'several_candidates', role: 'latitude', columns: ['lat', 'latitude'] },
      { code: 'values_mismatch', role: 'website', column: 'site' },
    ];
    for (const r of reasons) {
      expect(unsureReasonMessage(r, 'fr')).not.toBe(unsureReasonMessage(r, 'en'));
    }
    expect(unsureReasonMessage(reasons[3]!, 'fr')).toBe(
      'Plusieurs colonnes possibles pour « Latitude (ou Y) » : « lat » a été choisie plutôt que « latitude ».',
    );
  });
});
