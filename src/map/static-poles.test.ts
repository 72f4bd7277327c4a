import { describe, expect, it } from 'vitest';
import { parseStaticSymbol, symbolData } from './static-poles';
import type { PoleSymbol } from './pole-symbol';

const symbol: PoleSymbol = {
  id: 'coopaxis',
  nom: 'Coopaxis',
  lat: 48.1,
  lon: -1.7,
  sector: 'economie-circulaire',
  precision: 'exacte',
  accompanied: false,
};

describe('parseStaticSymbol', () => {
  it('reads back what the build writes', () => {
    expect(parseStaticSymbol(JSON.stringify(symbolData(symbol)), 'Coopaxis')).toEqual(symbol);
  });

  it('reads back a pole of a wave without funding', () => {
    const hollow = { ...symbol, accompanied: true };
    expect(JSON.stringify(symbolData(hollow))).toContain('"accompanied":true');
    expect(JSON.stringify(symbolData(symbol))).not.toContain('accompanied');
    expect(parseStaticSymbol(JSON.stringify(symbolData(hollow)), 'Coopaxis')).toEqual(hollow);
  });

  it('keeps a pole without sector', () => {
    const bare = { ...symbol, sector: undefined };
    expect(parseStaticSymbol(JSON.stringify(symbolData(bare)), 'Coopaxis')).toEqual(bare);
  });

  it.each([
    ['no attribute', undefined],
    ['not JSON', '{id:'],
    ['an array', '[]'],
    ['no id', JSON.stringify({ ...symbolData(symbol), id: '' })],
    ['a latitude out of range', JSON.stringify({ ...symbolData(symbol), lat: 91 })],
    ['a longitude as text', JSON.stringify({ ...symbolData(symbol), lon: '-1.7' })],
    ['an unknown precision', JSON.stringify({ ...symbolData(symbol), precision: 'rue' })],
    ['a sector that is not text', JSON.stringify({ ...symbolData(symbol), sector: 3 })],
  ])('refuses %s', (_, json) => {
    expect(parseStaticSymbol(json, 'Coopaxis')).toBeNull();
  });

  it('refuses a pole without a name', () => {
    expect(parseStaticSymbol(JSON.stringify(symbolData(symbol)), '')).toBeNull();
  });
});
