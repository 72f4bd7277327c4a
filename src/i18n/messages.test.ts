import { describe, expect, it } from 'vitest';
import { ENGLISH } from './messages-en';
import { FRENCH, englishLoaded, format, loadEnglish, messagesFor } from './messages';

describe('messages', () => {
  it('has the same keys in French and English, none empty', () => {
    expect(Object.keys(ENGLISH).sort()).toEqual(Object.keys(FRENCH).sort());
    for (const [lang, messages] of [
      ['fr', FRENCH],
      ['en', ENGLISH],
    ] as const) {
      for (const [k, v] of Object.entries(messages)) expect(v, `${lang}.${k}`).not.toBe('');
    }
  });
  it('serves English only once it is loaded', async () => {
    expect(englishLoaded()).toBe(false);
    expect(messagesFor('en')).toBe(FRENCH);
    expect(await loadEnglish()).toBe(ENGLISH);
    expect(englishLoaded()).toBe(true);
    expect(messagesFor('en')).toBe(ENGLISH);
    expect(messagesFor('fr')).toBe(FRENCH);
  });
  it('fills parameters and leaves unknown ones visible', () => {
    expect(format('{a} sur {b}', { a: 1, b: 'x' })).toBe('1 sur x');
    expect(format('{a} {z}', { a: 1 })).toBe('1 {z}');
  });
});
