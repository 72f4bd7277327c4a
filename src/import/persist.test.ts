import { describe, expect, it } from 'vitest';
import { importFixture, memoryStore } from './fixtures/reference';
import { createLayer } from './layer-format';
import { listLayers, removeLayer, restoreLayer, saveLayer } from './persist';

function layer(id: string, when: string) {
  return createLayer(importFixture('ptce-fr.csv'), 'ptce-fr.csv', { id, now: new Date(when) });
}

describe('persist', () => {
  it('saves, lists (newest first), restores and removes layers', async () => {
    const store = memoryStore();
    const a = layer('a', '2026-01-01T00:00:00Z');
    const b = layer('b', '2026-06-01T00:00:00Z');
    await saveLayer(a, store);
    await saveLayer(b, store);
    expect((await listLayers(store)).map((m) => m.id)).toEqual(['b', 'a']);
    expect(await restoreLayer('a', store)).toEqual(a);
    await removeLayer('a', store);
    expect((await listLayers(store)).map((m) => m.id)).toEqual(['b']);
    expect(await restoreLayer('a', store)).toBeNull();
    expect([...store.data.keys()].sort()).toEqual(['layer:b', 'meta:b']);
  });

  it('ignores foreign or damaged entries', async () => {
    const store = memoryStore();
    await store.set('meta:x', { id: 'x' });
    await store.set('layer:x', { version: 99 });
    await store.set('other', 1);
    expect(await listLayers(store)).toEqual([]);
    expect(await restoreLayer('x', store)).toBeNull();
  });
});
