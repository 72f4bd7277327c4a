import { describe, expect, it } from 'vitest';
import { MESSAGES, format } from './messages';

describe('messages', () => {
  it('has the same keys in French and English, none empty', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.fr).sort());
    for (const lang of ['fr', 'en'] as const) {
      for (const [k, v] of Object.entries(MESSAGES[lang])) expect(v, `${lang}.${k}`).not.toBe('');
    }
  });
  it('fills parameters and leaves unknown ones visible', () => {
    expect(format('{a} sur {b}', { a: 1, b: 'x' })).toBe('1 sur x');
    expect(format('{a} {z}', { a: 1 })).toBe('1 {z}');
  });
});
