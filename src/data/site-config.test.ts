import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from './site-config';

describe('parseSiteConfig', () => {
  it('reads the shipped file: no address, so no e-mail option', () => {
    expect(parseSiteConfig(readFileSync('public/config.json', 'utf8'))).toEqual({
      correctionsEmail: '',
    });
  });

  it('keeps a plain address and refuses anything that could add mailto parameters', () => {
    expect(parseSiteConfig('{"correctionsEmail":" data@example.org "}').correctionsEmail).toBe(
      'data@example.org',
    );
    for (const bad of ['a@b.org?cc=x@y.org', 'a@b.org,c@d.org', 'nobody', '']) {
      expect(parseSiteConfig(JSON.stringify({ correctionsEmail: bad })).correctionsEmail).toBe('');
    }
    expect(parseSiteConfig('not json').correctionsEmail).toBe('');
    expect(parseSiteConfig('[1]').correctionsEmail).toBe('');
  });
});
