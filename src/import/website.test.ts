import { describe, expect, it } from 'vitest';
import { normalizeWebsite } from './website';

describe('normalizeWebsite', () => {
  it('keeps http(s) URLs', () => {
    expect(normalizeWebsite('https://www.la-coursive.fr')).toEqual({
      status: 'ok',
      url: 'https://www.la-coursive.fr/',
    });
  });
  it('adds https:// to a bare domain', () => {
    expect(normalizeWebsite('www.artefacts.coop')).toEqual({
      status: 'fixed',
      url: 'https://www.artefacts.coop/',
    });
    expect(normalizeWebsite('exemple.fr/page?x=1')).toEqual({
      status: 'fixed',
      url: 'https://exemple.fr/page?x=1',
    });
  });
  it('never turns other schemes or prose into links', () => {
    for (const v of [
      'javascript:alert(1)',
      'data:text/html,<b>x',
      'mailto:a@b.fr',
      'voir Facebook',
      'ftp://x.fr',
    ]) {
      expect(normalizeWebsite(v)).toEqual({ status: 'dropped' });
    }
    expect(normalizeWebsite('  ')).toEqual({ status: 'empty' });
  });
});
