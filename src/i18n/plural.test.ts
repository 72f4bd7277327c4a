import { describe, expect, it } from 'vitest';
import { FRENCH, format, type MessageKey } from './messages';
import { ENGLISH } from './messages-en';
import { formatCount, plural } from './plural';

const t = (lang: 'fr' | 'en') => (key: MessageKey, params?: Record<string, string | number>) =>
  format((lang === 'fr' ? FRENCH : ENGLISH)[key], params);

describe('plural', () => {
  it('uses French and English plural rules', () => {
    expect(plural(t('fr'), 'fr', 'sitesImported', 0)).toBe('0 site importé');
    expect(plural(t('fr'), 'fr', 'sitesImported', 1)).toBe('1 site importé');
    expect(plural(t('fr'), 'fr', 'sitesImported', 2)).toBe('2 sites importés');
    expect(plural(t('en'), 'en', 'sitesImported', 0)).toBe('0 sites imported');
    expect(plural(t('en'), 'en', 'sitesImported', 1)).toBe('1 site imported');
  });

  it('groups thousands the way each language does', () => {
    expect(formatCount(100000, 'fr')).toMatch(/^100\s000$/u);
    expect(formatCount(100000, 'en')).toBe('100,000');
  });
});
