import { describe, expect, it } from 'vitest';
import { importFixture } from './fixtures/reference';
import {
  createLayer,
  deserializeLayer,
  LAYER_FORMAT_VERSION,
  layerMeta,
  serializeLayer,
} from './layer-format';

const result = importFixture;

const now = new Date('2026-11-26T10:00:00Z');

describe('layer serialisation', () => {
  it('round-trips through JSON and structured clone', () => {
    for (const name of ['ptce-fr.csv', 'sites.geojson']) {
      const layer = createLayer(result(name), name, { id: 'l1', now });
      const stored = serializeLayer(layer);
      expect(stored.version).toBe(LAYER_FORMAT_VERSION);
      expect(deserializeLayer(JSON.parse(JSON.stringify(stored)))).toEqual(layer);
      expect(deserializeLayer(structuredClone(stored))).toEqual(layer);
    }
  });

  it('keeps the lists read from JSON arrays', () => {
    const imported = result('communes-decoupage.json', { mapping: { name: 'nom', insee: 'code' } });
    const layer = createLayer(imported, 'communes.json', { id: 'l2', now });
    const back = deserializeLayer(structuredClone(serializeLayer(layer)));
    expect(back).toEqual(layer);
    expect(back?.sites.find((s) => s.nom === 'Rennes')?.lists).toEqual({
      codesPostaux: ['35000', '35200', '35700'],
    });
  });

  it('describes a layer for the list', () => {
    const layer = createLayer(result('ptce-fr.csv'), 'ptce-fr.csv', {
      id: 'l1',
      now,
      name: 'Mes pôles',
    });
    expect(layerMeta(layer)).toEqual({
      id: 'l1',
      name: 'Mes pôles',
      fileName: 'ptce-fr.csv',
      importedAt: '2026-11-26T10:00:00.000Z',
      siteCount: 4,
    });
  });

  it('refuses what is not a stored layer', () => {
    for (const v of [
      null,
      42,
      'x',
      {},
      { version: 2, layer: {} },
      { version: 1, layer: { id: '' } },
      { version: 1, layer: { id: 'a' } },
    ]) {
      expect(deserializeLayer(v)).toBeNull();
    }
  });

  it('drops damaged sites and fields instead of trusting them', () => {
    const layer = createLayer(result('ptce-fr.csv'), 'ptce-fr.csv', { id: 'l1', now });
    const stored = serializeLayer(layer) as unknown as { layer: { sites: unknown[] } };
    stored.layer.sites.push(
      { lat: 'x', lon: 2 },
      { lat: 95, lon: 2 },
      {
        lat: 45,
        lon: 4,
        nom: 12,
        secteurs: ['a', 3],
        precision: 'wrong',
        geometry: { type: 'Circle' },
      },
    );
    const back = deserializeLayer(stored);
    expect(back?.sites).toHaveLength(5);
    expect(back?.sites[4]).toMatchObject({
      nom: '',
      secteurs: ['a'],
      precision: 'inconnue',
      geometry: null,
    });
  });
});
