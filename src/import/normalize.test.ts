import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, normalizeHeader, normalizeKey, slugify } from './normalize';

describe('normalizeKey', () => {
  it('ignores accents, case, ligatures and punctuation', () => {
    expect(normalizeKey('Saint-Étienne')).toBe('saint etienne');
    expect(normalizeKey('  SAINT_ÉTIENNE ')).toBe('saint etienne');
    expect(normalizeKey('Œuvre d’art')).toBe('oeuvre d art');
    expect(normalizeKey('Code  Postal')).toBe('code postal');
  });
  it('treats decomposed (Mac) and composed accents alike', () => {
    expect(normalizeKey('Cre\u0301ation')).toBe(normalizeKey('Création'));
  });
});

describe('normalizeHeader', () => {
  it('splits camelCase before normalising', () => {
    expect(normalizeHeader('codePostal')).toBe('code postal');
    expect(normalizeHeader('siteWeb')).toBe('site web');
    expect(normalizeHeader('Site_Web')).toBe('site web');
  });
});

describe('slugify', () => {
  it('makes ASCII keys', () => {
    expect(slugify('Économie circulaire / réemploi')).toBe('economie-circulaire-reemploi');
  });
});

describe('cleanText', () => {
  it('keeps text as text: markup is not interpreted or stripped', () => {
    expect(cleanText('<b>gras</b> & <script>x</script>')).toBe('<b>gras</b> & <script>x</script>');
  });
  it('drops control and bidi override characters, normalises line ends', () => {
    expect(cleanText('a\u0000b\u0007c\u202Ed')).toBe('abcd');
    expect(cleanText(' ligne 1\r\nligne 2\rligne 3 ')).toBe('ligne 1\nligne 2\nligne 3');
  });
  it('caps runaway cells', () => {
    expect(cleanText('x'.repeat(20_000))).toHaveLength(10_000);
  });
  it('cleanLine collapses whitespace', () => {
    expect(cleanLine(' La\n Coursive\t Boutaric ')).toBe('La Coursive Boutaric');
  });
});

describe('normalizeHeader plural marks', () => {
  it('reads "Secteur(s)" as "secteurs"', () => {
    expect(normalizeHeader('Secteur(s)')).toBe('secteurs');
    expect(normalizeHeader('Porteur(e)')).toBe('porteure');
  });
});
