import { DATA_DATE, datedFileName } from '../data/export-meta';
import { dataUrl } from '../data/fetch-data';
import type { Pole, Sector } from '../data/types';
import type { CrsCode } from '../import/coordinates';
import type { ColumnMapping } from '../import/guess-columns';
import type {
  DigestOutcome,
  ExportFormat,
  ImportDigest,
  LayerInfo,
  MainToWorker,
  SceneRequest,
  WorkerToMain,
} from '../import/layer-protocol';
import { COMMUNES_UNAVAILABLE } from '../import/lazy-communes';
import { filterPoles } from '../state/filters';
import { patchImports, setImportJob, visibleLayerIds } from '../state/imports-actions';
import type { ImportedLayerEntry, ImportFailure } from '../state/imports-state';
import { parseSiteSelection } from '../state/site-selection';
import { getState, setState, useAppStore } from '../state/store';
import { saveBytes } from './save-bytes';
import { createRequester } from './worker-requests';

/**
 * The main thread's side of the import worker, loaded on first use: it sends
 * files and questions to the worker and turns the answers into store updates.
 * Nothing large ever comes back (see src/import/layer-protocol.ts).
 */

type SceneMessage = Extract<WorkerToMain, { type: 'scene' }>;

interface CurrentImport {
  jobId: string;
  file: File;
  mapping?: ColumnMapping;
  crs?: CrsCode;
  /** "Modifier les colonnes": the layer that the new import replaces. */
  replaces?: string;
}

/** The last file imported, kept in memory so its columns can be changed. */
interface LastFile {
  file: File;
  layerId: string | null;
  digest: ImportDigest;
}

let worker: Worker | null = null;
let requester: ReturnType<typeof createRequester> | null = null;
let jobCounter = 0;
let current: CurrentImport | null = null;
/** An import waiting at the mapping step with the guessed columns. */
let awaitingMapping: { jobId: string; digest: ImportDigest; current: CurrentImport } | null = null;
let lastFile: LastFile | null = null;
/** Job ids of imports that made no layer: their report stays in the worker until the next one. */
let reportOnly: string | null = null;
const cancelled = new Set<string>();
const restoring = new Set<string>();
const sceneListeners = new Set<(scene: SceneMessage) => void>();
let sceneSeq = 0;
/** The last scene with its shapes, for a map that starts listening after it arrived. */
let lastScene: SceneMessage | null = null;
let lastShapes: SceneMessage['shapes'] = null;

function post(message: MainToWorker, transfer: Transferable[] = []) {
  connect().postMessage(message, transfer);
}

function connect(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../import/import-worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  requester = createRequester(w);
  w.addEventListener('message', (event: MessageEvent<WorkerToMain>) => receive(event.data));
  w.addEventListener('error', (event) => {
    event.preventDefault();
    failCurrent({ kind: 'worker', detail: event.message || 'worker' });
  });
  // The worker reads the commune files itself, and only when a row needs them.
  w.postMessage({
    type: 'configure',
    persist: getState().imports.storage !== 'unavailable',
    dataBase: new URL(dataUrl(''), document.baseURI).href,
  });
  return w;
}

function ask() {
  connect();
  return requester!;
}

function failCurrent(failure: ImportFailure) {
  const fileName = current?.file.name ?? awaitingMapping?.current.file.name ?? '';
  current = null;
  setImportJob({ kind: 'failed', fileName, failure });
}

/** The sector taxonomy, once the reference files have loaded (or failed: then none). */
function sectorsReady(): Promise<Sector[]> {
  const read = () => {
    const poles = getState().poles;
    if (poles.state === 'loading') return null;
    return poles.state === 'ready' ? poles.value.sectors : [];
  };
  const now = read();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const stop = useAppStore.subscribe(() => {
      const value = read();
      if (value) {
        stop();
        resolve(value);
      }
    });
  });
}

function newLayerId(): string {
  return `layer-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function uniqueName(fileName: string): string {
  const names = new Set(getState().imports.layers.map((l) => l.name));
  if (!names.has(fileName)) return fileName;
  let n = 2;
  while (names.has(`${fileName} (${n})`)) n++;
  return `${fileName} (${n})`;
}

function dropReportOnly() {
  if (reportOnly) post({ type: 'discard', jobId: reportOnly });
  reportOnly = null;
}

/** Imports one file; a new file replaces an import still running. */
export async function importFile(
  file: File,
  options: Pick<CurrentImport, 'mapping' | 'crs' | 'replaces'> = {},
): Promise<void> {
  if (current) cancelImport();
  if (awaitingMapping) discardAwaiting();
  dropReportOnly();
  jobCounter += 1;
  const jobId = `job-${jobCounter}`;
  const mine: CurrentImport = { jobId, file, ...options };
  current = mine;
  setImportJob({ kind: 'reading', fileName: file.name });
  let bytes: ArrayBuffer;
  let sectors: Sector[];
  try {
    [bytes, sectors] = await Promise.all([file.arrayBuffer(), sectorsReady()]);
  } catch (e) {
    if (current === mine) failCurrent({ kind: 'worker', detail: String(e) });
    return;
  }
  if (current !== mine) return;
  try {
    post(
      {
        type: 'import',
        jobId,
        fileName: file.name,
        bytes,
        sectors,
        ...(options.mapping ? { mapping: options.mapping } : {}),
        ...(options.crs ? { crs: options.crs } : {}),
      },
      [bytes],
    );
  } catch (e) {
    failCurrent({ kind: 'worker', detail: String(e) });
    return;
  }
  setImportJob({ kind: 'running', fileName: file.name, processed: 0, total: 0 });
}

export function cancelImport() {
  if (!current) return;
  const { jobId, file } = current;
  cancelled.add(jobId);
  if (worker) post({ type: 'cancel', jobId });
  current = null;
  setImportJob({ kind: 'cancelled', fileName: file.name });
}

function discardAwaiting() {
  if (!awaitingMapping) return;
  post({ type: 'discard', jobId: awaitingMapping.jobId });
  awaitingMapping = null;
}

function onImported(jobId: string, outcome: DigestOutcome) {
  if (cancelled.delete(jobId) || current?.jobId !== jobId) {
    post({ type: 'discard', jobId });
    return;
  }
  const job = current;
  if (!outcome.ok) {
    const { error } = outcome;
    const communes =
      error.code === 'internal_error' && error.params.detail.startsWith(COMMUNES_UNAVAILABLE);
    failCurrent(communes ? { kind: 'communes' } : { kind: 'file', error });
    return;
  }
  if (outcome.unsure && !job.mapping) {
    current = null;
    awaitingMapping = { jobId, digest: outcome, current: job };
    setImportJob({
      kind: 'mapping',
      fileName: job.file.name,
      draft: {
        format: outcome.format,
        columns: outcome.columns,
        mapping: outcome.mapping,
        crs: 'auto',
        reasons: outcome.guess.reasons,
        pendingJobId: jobId,
      },
    });
    return;
  }
  current = null;
  finish(jobId, job, outcome);
}

function finish(jobId: string, job: CurrentImport, digest: ImportDigest) {
  let layerId: string | null = null;
  if (digest.summary.imported > 0) {
    layerId = newLayerId();
    if (job.replaces) removeLayer(job.replaces, false);
    post({
      type: 'keep',
      jobId,
      layerId,
      name: uniqueName(job.file.name),
      fileName: job.file.name,
    });
  } else reportOnly = jobId;
  lastFile = { file: job.file, layerId, digest };
  setImportJob({
    kind: 'done',
    fileName: job.file.name,
    layerId,
    reportRef: layerId ?? jobId,
    format: digest.format,
    summary: digest.summary,
    issueCount: digest.issueCount,
    issuesHead: digest.issuesHead,
    customSectors: digest.customSectors,
    lambert93: digest.crs.used['EPSG:2154'] ?? 0,
    canRemap: digest.format !== 'geojson' || digest.columns.length > 0,
  });
}

/** The mapping step's answer: import with these columns (and this CRS). */
export function submitMapping(mapping: ColumnMapping, crs: CrsCode | 'auto') {
  const job = getState().imports.job;
  if (job.kind !== 'mapping') return;
  const waiting = awaitingMapping;
  const unchanged =
    waiting !== null &&
    crs === 'auto' &&
    JSON.stringify(mapping) === JSON.stringify(waiting.digest.mapping);
  if (waiting && unchanged) {
    awaitingMapping = null;
    finish(waiting.jobId, waiting.current, waiting.digest);
    return;
  }
  const file = waiting?.current.file ?? lastFile?.file;
  const replaces = waiting ? waiting.current.replaces : (lastFile?.layerId ?? undefined);
  discardAwaiting();
  if (!file) return;
  void importFile(file, {
    mapping,
    ...(crs !== 'auto' ? { crs } : {}),
    ...(replaces ? { replaces } : {}),
  });
}

export function cancelMapping() {
  const job = getState().imports.job;
  discardAwaiting();
  if (job.kind === 'mapping') setImportJob({ kind: 'cancelled', fileName: job.fileName });
}

/** "Modifier les colonnes" after an import: the mapping step for the same file. */
export function remapLastFile() {
  if (!lastFile) return;
  const { digest, file } = lastFile;
  setImportJob({
    kind: 'mapping',
    fileName: file.name,
    draft: {
      format: digest.format,
      columns: digest.columns,
      mapping: digest.mapping,
      crs: 'auto',
      reasons: [],
      pendingJobId: null,
    },
  });
}

export function closeReport() {
  dropReportOnly();
  setImportJob({ kind: 'idle' });
}

function entryFrom(info: LayerInfo, restored: boolean): ImportedLayerEntry {
  const persist = getState().imports.storage !== 'unavailable';
  return { ...info, storage: restored ? 'saved' : persist ? 'saving' : 'memory' };
}

function upsertLayer(entry: ImportedLayerEntry) {
  const others = getState().imports.layers.filter((l) => l.id !== entry.id);
  const layers = [...others, entry].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  patchImports({ layers });
}

function setLayerStorage(layerId: string, storage: ImportedLayerEntry['storage']) {
  patchImports({
    layers: getState().imports.layers.map((l) => (l.id === layerId ? { ...l, storage } : l)),
  });
}

function restored(layerId: string) {
  restoring.delete(layerId);
  if (restoring.size === 0 && getState().imports.storage === 'restoring') {
    patchImports({ storage: 'ready' });
  }
}

export function removeLayer(layerId: string, undoable = true) {
  const { imports, selectedId, hiddenLayerIds } = getState();
  const entry = imports.layers.find((l) => l.id === layerId);
  if (!entry) return;
  if (lastFile?.layerId === layerId) lastFile = { ...lastFile, layerId: null };
  setState({
    imports: {
      ...imports,
      layers: imports.layers.filter((l) => l.id !== layerId),
      removed: undoable ? { id: layerId, name: entry.name } : imports.removed,
    },
    hiddenLayerIds: hiddenLayerIds.filter((id) => id !== layerId),
    selectedId: parseSiteSelection(selectedId)?.layerId === layerId ? null : selectedId,
  });
  post({ type: 'remove', layerId, undoable });
}

export function undoRemove() {
  const removed = getState().imports.removed;
  if (!removed) return;
  patchImports({ removed: null });
  post({ type: 'undo-remove', layerId: removed.id });
}

/** Brings back the layers saved in IndexedDB (listed by src/import-ui/startup.ts). */
export function restoreLayers(layerIds: string[]) {
  if (layerIds.length === 0) return;
  for (const id of layerIds) restoring.add(id);
  patchImports({ storage: 'restoring' });
  post({ type: 'restore', layerIds });
}

export function sendScene(scene: Omit<SceneRequest, 'type' | 'seq'>) {
  sceneSeq += 1;
  post({ type: 'scene', seq: sceneSeq, ...scene });
}

export function onScene(listener: (scene: SceneMessage) => void): () => void {
  sceneListeners.add(listener);
  if (lastScene) listener({ ...lastScene, shapes: lastShapes });
  return () => sceneListeners.delete(listener);
}

export function fetchSite(layerId: string, siteId: string) {
  return ask().ask<'site'>({ type: 'site', layerId, siteId });
}

export function fetchIssues(ref: string, from: number, count: number) {
  return ask().ask<'issues'>({ type: 'issues', ref, from, count });
}

export async function downloadReport(ref: string, fileName: string) {
  const { lang } = getState();
  const answer = await ask().ask<'file'>({ type: 'report', ref, lang });
  const base = fileName.replace(/\.[^.]*$/, '');
  saveBytes(answer.bytes, `${base}-rapport-import.csv`, 'text/csv;charset=utf-8');
}

/** Downloads what the map shows: filtered reference poles and visible imported sites. */
/**
 * Downloads what the map shows. `appelLabel` words a wave's code in the page's language (the
 * waves' labels come from data the caller holds); the file's name carries the date of the data.
 */
export async function exportShown(
  format: ExportFormat,
  appelLabel: (code: string) => string | undefined = () => undefined,
): Promise<{ count: number; fileName: string }> {
  const { poles, filters, lang } = getState();
  const shownPoles = poles.state === 'ready' ? filterPoles(poles.value.poles, filters) : [];
  const answer = await ask().ask<'file'>({
    type: 'export',
    format,
    poles: shownPoles,
    hiddenSectors: filters.hiddenSectors,
    layerIds: visibleLayerIds(),
    lang,
    meta: { dataDate: DATA_DATE, appelLabels: labelsOf(shownPoles, appelLabel) },
  });
  const fileName = datedFileName('carte-ptce-export', DATA_DATE, format);
  const mime = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/geo+json';
  saveBytes(answer.bytes, fileName, mime);
  return { count: answer.count, fileName };
}

/** The labels of the waves of `poles`: a plain record, which a worker can be sent. */
function labelsOf(
  poles: readonly Pole[],
  appelLabel: (code: string) => string | undefined,
): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const { appel } of poles) {
    const label = appelLabel(appel);
    if (label !== undefined) labels[appel] = label;
  }
  return labels;
}

function receive(message: WorkerToMain) {
  if (requester?.receive(message)) return;
  switch (message.type) {
    case 'progress': {
      if (current?.jobId !== message.jobId) return;
      setImportJob({
        kind: 'running',
        fileName: current.file.name,
        processed: message.processed,
        total: message.total,
      });
      return;
    }
    case 'cancelled':
      cancelled.delete(message.jobId);
      return;
    case 'imported':
      onImported(message.jobId, message.outcome);
      return;
    case 'layer':
      upsertLayer(entryFrom(message.layer, message.restored));
      if (message.restored) restored(message.layer.id);
      return;
    case 'layer-missing':
      restored(message.layerId);
      return;
    case 'saved':
      setLayerStorage(message.layerId, message.ok ? 'saved' : 'failed');
      return;
    case 'removed':
      return;
    case 'scene':
      lastScene = message;
      if (message.shapes) lastShapes = message.shapes;
      for (const listener of sceneListeners) listener(message);
      return;
  }
}
