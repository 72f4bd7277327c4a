import { describe, expect, it } from 'vitest';
import {
  fileErrorMessage,
  issueMessage,
  makeFileError,
  makeIssue,
  severityOf,
  type IssueCode,
} from './messages';

describe('messages', () => {
  it('builds issues with their severity and French default message', () => {
    const issue = makeIssue('commune_not_found', 7, 'ville', { value: 'Atlantis' });
    expect(issue).toMatchObject({
      row: 7,
      field: 'ville',
      code: 'commune_not_found',
      params: { value: 'Atlantis' },
      severity: 'rejected',
    });
    expect(issue.message).toBe('Commune « Atlantis » introuvable');
    expect(issueMessage(issue, 'en')).toBe('Commune “Atlantis” not found');
  });

  it('marks fixes as corrected and failures as rejected', () => {
    expect(severityOf('coordinates_swapped')).toBe('corrected');
    expect(severityOf('geocoded')).toBe('corrected');
    expect(severityOf('coordinates_outside_france')).toBe('rejected');
    expect(severityOf('no_location')).toBe('rejected');
  });

  it('words every issue in both languages', () => {
    const samples: { code: IssueCode; params: Record<string, unknown> }[] = [
      {
        code: 'geocoded',
        params: {
          by: 'postcode',
          value: '75011',
          commune: 'Paris',
          insee: '75111',
          reason: 'no_coordinates',
        },
      },
      { code: 'geometry_invalid', params: { reason: 'ring_not_closed' } },
      { code: 'coordinates_outside_france', params: { lat: 45.123456789, lon: -73.6 } },
    ];
    for (const s of samples) {
      const issue = makeIssue(s.code, 2, 'f', s.params as never);
      expect(issueMessage(issue, 'fr')).toBe(issue.message);
      expect(issueMessage(issue, 'en')).not.toBe(issue.message);
      expect(issue.message).not.toMatch(/undefined|\[object/);
    }
    expect(
      makeIssue('coordinates_outside_france', 2, '', { lat: 45.123456789, lon: -73.6 }).message,
    ).toContain('45.12346');
  });

  it('describes file errors with their parameters', () => {
    const e = makeFileError('binary_file', { kind: 'xlsx' });
    expect(e.message).toContain('Excel');
    expect(fileErrorMessage(e, 'en')).toContain('save it as CSV');
    expect(makeFileError('invalid_json', { line: 3, column: 7 }).message).toBe(
      'JSON invalide (ligne 3, colonne 7).',
    );
    expect(makeFileError('invalid_json', {}).message).toBe('JSON invalide.');
    expect(makeFileError('unsupported_format', { extension: 'kml' }).message).toContain('(.kml)');
  });
});
