import { describe, expect, it } from 'vitest';
import { FRENCH, format, type Lang, type MessageKey } from '../../i18n/messages';
import { ENGLISH } from '../../i18n/messages-en';
import { importStatusText } from './import-status-text';

const t = (lang: Lang) => (key: MessageKey, params?: Record<string, string | number>) =>
  format((lang === 'fr' ? FRENCH : ENGLISH)[key], params);

const done = {
  kind: 'done' as const,
  fileName: 'a.csv',
  layerId: 'L',
  reportRef: 'L',
  format: 'csv' as const,
  summary: { dataRows: 100001, imported: 100000, rejected: 1, corrected: 0 },
  issueCount: 1,
  issuesHead: [],
  customSectors: [],
  lambert93: 0,
  canRemap: true,
};

describe('import status', () => {
  it('says how many sites were imported, rejected and corrected, in both languages', () => {
    expect(importStatusText(done, t('fr'), 'fr').replace(/\u202f/g, ' ')).toBe(
      '« a.csv » : 100 000 sites importés, 1 ligne rejetée, 0 corrigée.',
    );
    expect(importStatusText(done, t('en'), 'en')).toBe(
      '“a.csv”: 100,000 sites imported, 1 row rejected, 0 corrected.',
    );
  });

  it('is empty when there is nothing to say, and names the file otherwise', () => {
    expect(importStatusText({ kind: 'idle' }, t('fr'), 'fr')).toBe('');
    expect(importStatusText({ kind: 'cancelled', fileName: 'b.csv' }, t('fr'), 'fr')).toBe(
      'Import de « b.csv » annulé.',
    );
  });
});
