import { describe, expect, it } from 'vitest';
import { duplicateIdIssues, idColumnIndex } from './duplicate-ids';
import { issueMessage } from './messages';

describe('idColumnIndex', () => {
  it('finds an identifier column by its usual names, else -1', () => {
    expect(idColumnIndex(['nom', 'ID', 'lat'])).toBe(1);
    expect(idColumnIndex(['Identifiant', 'nom'])).toBe(0);
    expect(idColumnIndex(['nom', 'code insee', 'idee'])).toBe(-1);
  });
});

describe('duplicateIdIssues', () => {
  const rows = (ids: string[]) => ids.map((id, i) => ({ row: i + 2, values: ['x', id] }));

  it('notes every repeat with all the rows that share the id, and nothing else', () => {
    const issues = duplicateIdIssues(rows(['A1', 'B', 'A1', '', ' ', 'A1', 'b']), 'id', 1, false);
    expect(issues.map((i) => [i.row, i.params])).toEqual([
      [4, { id: 'A1', rows: [2, 4, 7], features: false }],
      [7, { id: 'A1', rows: [2, 4, 7], features: false }],
    ]);
    expect(issueMessage(issues[0]!, 'fr')).toBe(
      'Identifiant « A1 » en double (lignes 2, 4 et 7) : toutes sont gardées',
    );
  });

  it('speaks of features in a GeoJSON file', () => {
    const [issue] = duplicateIdIssues(rows(['7', '7']), 'id', 1, true);
    expect(issueMessage(issue!, 'fr')).toBe(
      'Identifiant « 7 » en double (objets 2 et 3) : tous sont gardés',
    );
    expect(issueMessage(issue!, 'en')).toBe(
      'Duplicate id “7” (features 2 and 3): all of them are kept',
    );
  });
});
