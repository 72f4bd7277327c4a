import { describe, expect, it } from 'vitest';
import { communeSources, fixtureBytes, loadSectors, memoryStore, utf8 } from './fixtures/reference';
import type { CommuneIndex } from '../data/communes';
import { generateSitesBytes } from './generate-sites';
import { COMMUNES_UNAVAILABLE, lazyCommuneIndex } from './lazy-communes';
import type { KeyValueStore } from './layer-index';
import type { LayerResponse, MainToWorker, WorkerToMain } from './layer-protocol';
import { listLayers } from './persist';
import { createWorkerRouter } from './worker-router';

const sectors = loadSectors();
const communes = communeSources();

/** The router with real clones (as postMessage does) and deferred tasks run on demand. */
function harness(store: KeyValueStore | null = memoryStore(), lazy?: () => CommuneIndex | null) {
  const messages: WorkerToMain[] = [];
  const tasks: (() => void)[] = [];
  const handle = createWorkerRouter({
    post: (m) => messages.push(structuredClone(m)),
    now: () => performance.now(),
    yieldToEvents: async () => {},
    later: (task) => tasks.push(task),
    store: () => store,
    ...(lazy ? { communes: lazy } : {}),
  });
  // With a lazy index, requests never carry the commune files.
  let first = !lazy;
  async function importBytes(jobId: string, fileName: string, bytes: Uint8Array) {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await handle({
      type: 'import',
      jobId,
      fileName,
      bytes: buffer as ArrayBuffer,
      sectors,
      ...(first ? { communes } : {}),
    });
    first = false;
    return last('imported');
  }
  function last<T extends WorkerToMain['type']>(type: T) {
    const found = messages.filter((m) => m.type === type).at(-1);
    if (!found) throw new Error(`no ${type} message`);
    return found as Extract<WorkerToMain, { type: T }>;
  }
  async function flush() {
    while (tasks.length > 0) {
      tasks.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
  }
  return { handle: (m: MainToWorker) => handle(m), messages, importBytes, last, flush, store };
}

const FRANCE = { west: -6, south: 41, east: 10, north: 51.5, zoom: 6 };

describe('worker router', () => {
  it('sends a digest without the sites, then keeps the import as a layer and saves it', async () => {
    const h = harness();
    const imported = await h.importBytes('j1', 'ptce-fr.csv', fixtureBytes('ptce-fr.csv'));
    expect(imported.outcome.ok).toBe(true);
    if (!imported.outcome.ok) return;
    expect(imported.outcome).not.toHaveProperty('sites');
    expect(imported.outcome.summary).toEqual({
      dataRows: 7,
      imported: 4,
      rejected: 3,
      corrected: 3,
    });
    expect(imported.outcome.issueCount).toBe(7);
    expect(imported.outcome.issuesHead.map((i) => i.row)).toEqual([3, 3, 5, 6, 7, 8, 9]);
    expect(imported.outcome.customSectors).toEqual([
      { key: 'custom:tiers-lieu', label: 'Tiers-lieu' },
    ]);

    await h.handle({ type: 'scene', seq: 1, view: FRANCE, hiddenSectors: [], layerIds: [] });
    await h.handle({
      type: 'keep',
      jobId: 'j1',
      layerId: 'L1',
      name: 'ptce-fr.csv',
      fileName: 'ptce-fr.csv',
    });
    const layer = h.last('layer');
    expect(layer.restored).toBe(false);
    expect(layer.layer).toMatchObject({
      id: 'L1',
      name: 'ptce-fr.csv',
      siteCount: 4,
      issueCount: 7,
    });
    expect(layer.layer.combos.reduce((n, c) => n + c.count, 0)).toBe(4);
    // The new layer is drawn at once, with the view the main thread sent last.
    const scene = h.last('scene');
    expect(scene.seq).toBe(1);
    // It says which zoom it was clustered for: the map waits for that zoom to move the focus.
    expect(scene.zoom).toBe(6);
    expect(scene.markers.map((m) => (m.kind === 'site' ? m.nom : m.kind)).sort()).toEqual([
      'Coopaxis',
      'Culture et Coopération',
      'La Coursive Boutaric',
      'Tiers-lieu lyonnais',
    ]);
    expect(scene.shapes).toEqual([]);
    await h.flush();
    expect(h.last('saved')).toEqual({ type: 'saved', layerId: 'L1', ok: true });
    expect((await listLayers(h.store!)).map((m) => m.id)).toEqual(['L1']);
  });

  it('answers details, pages of issues, the report and the export', async () => {
    const h = harness();
    await h.importBytes('j1', 'ptce-fr.csv', fixtureBytes('ptce-fr.csv'));
    await h.handle({ type: 'keep', jobId: 'j1', layerId: 'L1', name: 'a.csv', fileName: 'a.csv' });
    await h.handle({ type: 'site', requestId: 1, layerId: 'L1', siteId: 'r2' });
    const site = h.last('site');
    expect(site.site?.nom).toBe('La Coursive Boutaric');
    expect(site.layer?.name).toBe('a.csv');
    await h.handle({ type: 'site', requestId: 2, layerId: 'nope', siteId: 'r2' });
    expect(h.last('site')).toMatchObject({ requestId: 2, site: null, layer: null });

    await h.handle({ type: 'issues', requestId: 3, ref: 'L1', from: 2, count: 2 });
    const page = h.last('issues');
    expect(page.total).toBe(7);
    expect(page.issues.map((i) => i.row)).toEqual([5, 6]);

    await h.handle({ type: 'report', requestId: 4, ref: 'L1', lang: 'fr' });
    const report = new TextDecoder('utf-8', { ignoreBOM: true }).decode(h.last('file').bytes);
    expect(report.startsWith('\uFEFFligne;ligne_texte;statut;champ;code;motif\r\n')).toBe(true);
    expect(report).toContain('rejetée');
    expect(report.split('\r\n').length).toBe(8);

    await h.handle({
      type: 'export',
      requestId: 5,
      format: 'csv',
      poles: [],
      hiddenSectors: ['culture'],
      layerIds: ['L1'],
      lang: 'fr',
    });
    const csv = new TextDecoder().decode(h.last('file').bytes);
    expect(csv).not.toContain('La Coursive Boutaric');
    expect(csv).toContain('Coopaxis');
    expect(h.last('file').count).toBe(3);
  });

  it('an import that fails sends its error; a discarded one cannot be kept', async () => {
    const h = harness();
    const failed = await h.importBytes('j1', 'vide.csv', utf8(''));
    expect(failed.outcome).toMatchObject({ ok: false, error: { code: 'empty_file' } });
    await h.importBytes('j2', 'ptce-fr.csv', fixtureBytes('ptce-fr.csv'));
    await h.handle({ type: 'discard', jobId: 'j2' });
    await h.handle({ type: 'keep', jobId: 'j2', layerId: 'L', name: 'x', fileName: 'x' });
    expect(h.messages.some((m) => m.type === 'layer')).toBe(false);
  });

  it('removes a layer, undoes it once, and restores saved layers', async () => {
    const store = memoryStore();
    const h = harness(store);
    await h.importBytes('j1', 'ptce-fr.csv', fixtureBytes('ptce-fr.csv'));
    await h.handle({ type: 'keep', jobId: 'j1', layerId: 'L1', name: 'a.csv', fileName: 'a.csv' });
    await h.flush();
    await h.handle({ type: 'scene', seq: 2, view: FRANCE, hiddenSectors: [], layerIds: ['L1'] });
    await h.handle({ type: 'remove', layerId: 'L1', undoable: true });
    expect(h.last('removed').layerId).toBe('L1');
    expect(h.last('scene').markers).toEqual([]);
    expect(await listLayers(store)).toEqual([]);
    await h.handle({ type: 'undo-remove', layerId: 'L1' });
    await h.flush();
    expect(h.last('scene').markers.length).toBe(4);
    expect((await listLayers(store)).map((m) => m.id)).toEqual(['L1']);
    const layersBefore = h.messages.filter((m) => m.type === 'layer').length;
    await h.handle({ type: 'undo-remove', layerId: 'L1' });
    expect(h.messages.filter((m) => m.type === 'layer').length).toBe(layersBefore);

    // A fresh worker (after a reload) restores it from the store.
    const again = harness(store);
    await again.handle({ type: 'restore', layerIds: ['L1', 'gone'] });
    expect(again.last('layer')).toMatchObject({
      restored: true,
      layer: { id: 'L1', siteCount: 4 },
    });
    expect(again.last('layer-missing').layerId).toBe('gone');
  });

  it('does not save when persistence is off', async () => {
    const store = memoryStore();
    const h = harness(store);
    await h.handle({ type: 'configure', persist: false });
    await h.importBytes('j1', 'ptce-fr.csv', fixtureBytes('ptce-fr.csv'));
    await h.handle({ type: 'keep', jobId: 'j1', layerId: 'L1', name: 'a.csv', fileName: 'a.csv' });
    await h.flush();
    expect(store.data.size).toBe(0);
    expect(h.messages.some((m) => m.type === 'saved')).toBe(false);
  });

  it('reports a failed save', async () => {
    const store = memoryStore();
    store.set = async () => {
      throw new Error('QuotaExceededError');
    };
    const h = harness(store);
    await h.importBytes('j1', 'ptce-fr.csv', fixtureBytes('ptce-fr.csv'));
    await h.handle({ type: 'keep', jobId: 'j1', layerId: 'L1', name: 'a.csv', fileName: 'a.csv' });
    await h.flush();
    expect(h.last('saved')).toEqual({ type: 'saved', layerId: 'L1', ok: false });
  });

  it(
    'clusters a large layer, ignores stale scenes and keeps messages small',
    { timeout: 30_000 },
    async () => {
      const h = harness(null);
      const imported = await h.importBytes('j1', 'big.csv', generateSitesBytes({ rows: 20_000 }));
      expect(imported.outcome.ok && imported.outcome.issuesHead.length).toBe(100);
      await h.handle({
        type: 'keep',
        jobId: 'j1',
        layerId: 'B',
        name: 'big.csv',
        fileName: 'big.csv',
      });
      await h.handle({ type: 'scene', seq: 5, view: FRANCE, hiddenSectors: [], layerIds: ['B'] });
      const scene = h.last('scene');
      const clusters = scene.markers.filter((m) => m.kind === 'cluster');
      expect(clusters.length).toBeGreaterThan(10);
      expect(scene.markers.length).toBeLessThan(1000);
      const total = scene.markers.reduce((n, m) => n + (m.kind === 'cluster' ? m.count : 1), 0);
      const layer = h.last('layer').layer;
      // Every site of the layer lies in the padded view of France.
      expect(total).toBe(layer.siteCount);
      for (const c of clusters)
        if (c.kind === 'cluster') expect(c.expansionZoom).toBeGreaterThan(6);
      // Digest, layer info and scene stay far below the size of the sites.
      for (const m of [imported, h.last('layer'), scene] as LayerResponse[]) {
        expect(JSON.stringify(m).length).toBeLessThan(200_000);
      }
      const count = h.messages.length;
      await h.handle({ type: 'scene', seq: 4, view: FRANCE, hiddenSectors: [], layerIds: [] });
      expect(h.messages.length).toBe(count);
    },
  );

  it('reads the commune files only when a row needs them, once', async () => {
    let loads = 0;
    const index = lazyCommuneIndex(() => {
      loads++;
      return communes;
    });
    const h = harness(null, () => index);
    const withCoordinates = await h.importBytes(
      'j1',
      'sites.geojson',
      fixtureBytes('sites.geojson'),
    );
    expect(withCoordinates.outcome.ok && withCoordinates.outcome.summary.imported).toBe(8);
    expect(loads).toBe(0);
    const byCommune = await h.importBytes('j2', 'c.csv', fixtureBytes('communes-only.csv'));
    expect(byCommune.outcome.ok && byCommune.outcome.summary.imported).toBe(6);
    await h.importBytes('j3', 'c.csv', fixtureBytes('ptce-windows-1252.csv'));
    expect(loads).toBe(1);
  });

  it('says so when the commune files cannot be read', async () => {
    const index = lazyCommuneIndex(() => {
      throw new Error('404');
    });
    const h = harness(null, () => index);
    const failed = await h.importBytes('j1', 'c.csv', fixtureBytes('communes-only.csv'));
    expect(failed.outcome.ok).toBe(false);
    const error = !failed.outcome.ok ? failed.outcome.error : null;
    expect(error?.code === 'internal_error' && error.params.detail).toMatch(
      new RegExp(`^${COMMUNES_UNAVAILABLE} 404`),
    );
  });
});
