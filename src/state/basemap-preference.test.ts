import { describe, expect, it } from 'vitest';
import { storeBaseLayer, storedBaseLayer } from './basemap-preference';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('the kept basemap', () => {
  it('reads back what was stored', () => {
    const storage = memoryStorage();
    expect(storedBaseLayer(storage)).toBeNull();
    storeBaseLayer(storage, 'ign');
    expect(storedBaseLayer(storage)).toBe('ign');
    storeBaseLayer(storage, 'embedded');
    expect(storedBaseLayer(storage)).toBe('embedded');
  });

  it('ignores an unknown value and a storage that throws', () => {
    expect(storedBaseLayer({ getItem: () => 'google' })).toBeNull();
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(storedBaseLayer(throwing)).toBeNull();
    expect(() => storeBaseLayer(throwing, 'ign')).not.toThrow();
    expect(storedBaseLayer(null)).toBeNull();
  });
});
