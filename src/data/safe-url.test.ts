import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://www.la-coursive.fr')).toBe('https://www.la-coursive.fr/');
    expect(safeHttpUrl(' http://rtes.fr/x?y=1 ')).toBe('http://rtes.fr/x?y=1');
  });
  it('refuses other schemes and non-URLs', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('www.example.org')).toBeNull();
    expect(safeHttpUrl('')).toBeNull();
    expect(safeHttpUrl('https://')).toBeNull();
  });
});
