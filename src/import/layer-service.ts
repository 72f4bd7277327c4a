import type { ImportResult } from './import-file';
import { issueReportCsv } from './issue-report';
import { createLayer, layerMeta, type ImportedLayer } from './layer-format';
import type { KeyValueStore } from './layer-index';
import {
  ISSUES_HEAD,
  type DigestOutcome,
  type LayerInfo,
  type LayerRequest,
  type LayerResponse,
  type SceneRequest,
  type ShapeItem,
} from './layer-protocol';
import { createLayerScene, type LayerScene } from './layer-scene';
import type { ImportOutcome } from './import-file';
import { removeLayer, restoreLayer, saveLayer } from './persist';
import { sectorCombos } from './sector-combos';
import {
  poleRecord,
  shownToCsv,
  shownToGeoJson,
  siteRecord,
  type ShownRecord,
} from './shown-export';

/**
 * The worker's side of the imported layers: it keeps every site, answers the
 * map's questions (markers in view, one site's details, pages of the report),
 * builds the exports and saves the layers in IndexedDB, so that none of this
 * work, nor the copying of large arrays between threads, lands on the main
 * thread.
 */

export interface LayerServiceHost {
  post(message: LayerResponse, transfer?: Transferable[]): void;
  /** The persistent store; null when the browser has none (layers live in memory only). */
  store(): KeyValueStore | null;
  /** Runs `task` once the messages already queued have been handled. */
  later(task: () => void): void;
}

interface Entry {
  layer: ImportedLayer;
  info: LayerInfo;
  scene: LayerScene;
}

export interface LayerService {
  /** Keeps a finished import until the main thread keeps or discards it; returns its digest. */
  acceptResult(jobId: string, outcome: ImportOutcome): DigestOutcome;
  handle(request: LayerRequest): Promise<void>;
}

function customSectorLabels(layer: Pick<ImportedLayer, 'customSectors'>) {
  return layer.customSectors.map((c) => ({ key: c.key, label: c.labelFr }));
}

export function layerInfo(layer: ImportedLayer): LayerInfo {
  return {
    ...layerMeta(layer),
    summary: layer.summary,
    customSectors: customSectorLabels(layer),
    combos: sectorCombos(layer.sites),
    issueCount: layer.issues.length,
  };
}

export function digest(result: ImportResult): DigestOutcome {
  return {
    ok: true,
    format: result.format,
    encoding: result.encoding,
    delimiter: result.delimiter,
    columns: result.columns,
    mapping: result.mapping,
    guess: result.guess,
    unsure: result.unsure,
    summary: result.summary,
    customSectors: customSectorLabels(result),
    crs: result.crs,
    issueCount: result.issues.length,
    issuesHead: result.issues.slice(0, ISSUES_HEAD),
  };
}

function copyBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function createLayerService(host: LayerServiceHost): LayerService {
  const layers = new Map<string, Entry>();
  const pending = new Map<string, ImportResult>();
  let trash: ImportedLayer | null = null;
  let persist = true;
  let scene: SceneRequest = { type: 'scene', seq: 0, view: null, hiddenSectors: [], layerIds: [] };
  /** Filter and layers of the last shapes sent: shapes change only with them. */
  let shapesKey: string | null = null;

  function add(layer: ImportedLayer, restored: boolean) {
    const entry: Entry = {
      layer,
      info: layerInfo(layer),
      scene: createLayerScene(layer.id, layer.sites),
    };
    layers.set(layer.id, entry);
    host.post({ type: 'layer', layer: entry.info, restored });
  }

  async function save(layer: ImportedLayer) {
    const store = persist ? host.store() : null;
    if (!store) return;
    try {
      await saveLayer(layer, store);
      host.post({ type: 'saved', layerId: layer.id, ok: true });
    } catch {
      host.post({ type: 'saved', layerId: layer.id, ok: false });
    }
  }

  function postScene() {
    const hidden = new Set(scene.hiddenSectors);
    const shown = scene.layerIds.map((id) => layers.get(id)).filter((e) => e !== undefined);
    const markers = scene.view ? shown.flatMap((e) => e.scene.markers(scene.view!, hidden)) : [];
    const key = `${[...hidden].sort().join(',')}|${shown.map((e) => e.layer.id).join(',')}`;
    let shapes: ShapeItem[] | null = null;
    if (key !== shapesKey) {
      shapes = shown.flatMap((e) => e.scene.shapes(hidden));
      shapesKey = key;
    }
    host.post({ type: 'scene', seq: scene.seq, zoom: scene.view?.zoom ?? null, markers, shapes });
  }

  /** A new or returning layer is shown at once, before the main thread asks. */
  function showNow(layerId: string) {
    if (!scene.layerIds.includes(layerId)) {
      scene = { ...scene, layerIds: [...scene.layerIds, layerId] };
    }
    shapesKey = null;
    postScene();
  }

  function issuesOf(ref: string) {
    return layers.get(ref)?.layer.issues ?? pending.get(ref)?.issues ?? null;
  }

  function exportRecords(request: Extract<LayerRequest, { type: 'export' }>): ShownRecord[] {
    const hidden = new Set(request.hiddenSectors);
    const records = request.poles.map((p) => poleRecord(p, request.lang, request.meta));
    for (const id of request.layerIds) {
      const entry = layers.get(id);
      if (!entry) continue;
      for (const site of entry.scene.visibleSites(hidden)) {
        records.push(siteRecord(site, entry.layer.name));
      }
    }
    return records;
  }

  return {
    acceptResult(jobId, outcome) {
      if (!outcome.ok) return outcome;
      pending.set(jobId, outcome);
      return digest(outcome);
    },

    async handle(request) {
      switch (request.type) {
        case 'configure':
          persist = request.persist;
          return;
        case 'keep': {
          const result = pending.get(request.jobId);
          if (!result) return;
          pending.delete(request.jobId);
          const layer = createLayer(result, request.fileName, {
            id: request.layerId,
            name: request.name,
          });
          add(layer, false);
          showNow(layer.id);
          // Saving clones every site: let the first markers reach the map first.
          host.later(() => void save(layer));
          return;
        }
        case 'discard':
          pending.delete(request.jobId);
          return;
        case 'restore': {
          const store = host.store();
          for (const id of request.layerIds) {
            let layer: ImportedLayer | null = null;
            try {
              layer = store ? await restoreLayer(id, store) : null;
            } catch {
              layer = null;
            }
            if (layer) {
              add(layer, true);
              showNow(layer.id);
            } else host.post({ type: 'layer-missing', layerId: id });
          }
          return;
        }
        case 'remove': {
          const entry = layers.get(request.layerId);
          if (!entry) return;
          layers.delete(request.layerId);
          trash = request.undoable ? entry.layer : null;
          scene = { ...scene, layerIds: scene.layerIds.filter((id) => id !== request.layerId) };
          shapesKey = null;
          postScene();
          const store = persist ? host.store() : null;
          try {
            if (store) await removeLayer(request.layerId, store);
          } finally {
            host.post({ type: 'removed', layerId: request.layerId });
          }
          return;
        }
        case 'undo-remove': {
          if (!trash || trash.id !== request.layerId) return;
          const layer = trash;
          trash = null;
          add(layer, false);
          showNow(layer.id);
          host.later(() => void save(layer));
          return;
        }
        case 'scene':
          if (request.seq < scene.seq) return;
          scene = request;
          postScene();
          return;
        case 'site': {
          const entry = layers.get(request.layerId);
          const site = entry?.layer.sites.find((s) => s.id === request.siteId) ?? null;
          host.post({
            type: 'site',
            requestId: request.requestId,
            site,
            layer: entry
              ? {
                  name: entry.layer.name,
                  fileName: entry.layer.fileName,
                  mapping: entry.layer.mapping,
                }
              : null,
          });
          return;
        }
        case 'issues': {
          const all = issuesOf(request.ref) ?? [];
          host.post({
            type: 'issues',
            requestId: request.requestId,
            issues: all.slice(request.from, request.from + request.count),
            total: all.length,
          });
          return;
        }
        case 'report': {
          const issues = issuesOf(request.ref) ?? [];
          const bytes = copyBuffer(issueReportCsv(issues, request.lang));
          host.post({ type: 'file', requestId: request.requestId, bytes, count: issues.length }, [
            bytes,
          ]);
          return;
        }
        case 'export': {
          const records = exportRecords(request);
          const encoded =
            request.format === 'csv' ? shownToCsv(records) : shownToGeoJson(records, request.meta);
          const bytes = copyBuffer(encoded);
          host.post({ type: 'file', requestId: request.requestId, bytes, count: records.length }, [
            bytes,
          ]);
          return;
        }
      }
    },
  };
}
