import type { ExportMeta } from './shown-export';
import type { Geometry } from 'geojson';
import type { Pole } from '../data/types';
import type { ColumnGuess, ColumnMapping } from './guess-columns';
import type { ImportFormat, ImportResult, ImportSummary } from './import-file';
import type { FileError, ImportIssue, Lang } from './messages';
import type { LayerMeta } from './layer-format';
import type { Delimiter } from './parse-csv';
import type { SectorCombo } from './sector-combos';
import type { ImportedSite } from './types';
import type {
  CancelledMessage,
  CancelRequest,
  ImportRequest,
  ProgressMessage,
} from './worker-protocol';

/**
 * Messages between the main thread and the import worker beyond the import
 * itself (worker-protocol.ts). The worker owns the imported sites: the main
 * thread only ever receives small things (a digest of each import, layer
 * metadata, the markers of the current view, one site's details), so that no
 * message costs it a long task, whatever the size of the file.
 */

/** Issues sent with a digest; the rest are fetched page by page. */
export const ISSUES_HEAD = 100;

/** An import result without its sites: what the summary and the mapping step need. */
export interface ImportDigest {
  ok: true;
  format: ImportFormat;
  encoding: ImportResult['encoding'];
  delimiter: Delimiter | null;
  columns: string[];
  mapping: ColumnMapping;
  guess: ColumnGuess;
  unsure: boolean;
  summary: ImportSummary;
  customSectors: { key: string; label: string }[];
  crs: ImportResult['crs'];
  issueCount: number;
  issuesHead: ImportIssue[];
}

export type DigestOutcome = ImportDigest | { ok: false; error: FileError };

/** What the main thread keeps about one layer. */
export interface LayerInfo extends LayerMeta {
  summary: ImportSummary;
  customSectors: { key: string; label: string }[];
  combos: SectorCombo[];
  issueCount: number;
}

/** The visible part of the map, in degrees, and its Leaflet zoom. */
export interface ViewBox {
  west: number;
  south: number;
  east: number;
  north: number;
  zoom: number;
}

export type MarkerItem =
  | {
      kind: 'cluster';
      layerId: string;
      clusterId: number;
      lat: number;
      lon: number;
      count: number;
      /** The zoom at which the cluster splits. */
      expansionZoom: number;
    }
  | {
      kind: 'site';
      layerId: string;
      siteId: string;
      lat: number;
      lon: number;
      nom: string;
      row: number;
      /** First sector key, for the symbol; undefined without sectors. */
      sector: string | undefined;
      approximate: boolean;
    };

/** A polygon or line of an imported GeoJSON, drawn under the markers. */
export interface ShapeItem {
  layerId: string;
  siteId: string;
  geometry: Geometry;
  sector: string | undefined;
}

export interface SceneRequest {
  type: 'scene';
  /** Increases with every request; the answer echoes it so stale answers can be dropped. */
  seq: number;
  view: ViewBox | null;
  hiddenSectors: string[];
  /** Visible layers, in drawing order. */
  layerIds: string[];
}

export type ExportFormat = 'csv' | 'geojson';

export type LayerRequest =
  /**
   * `dataBase`: absolute URL of public/data/, where the worker reads the commune files the
   * first time a row needs them.
   */
  | { type: 'configure'; persist: boolean; dataBase?: string }
  | { type: 'keep'; jobId: string; layerId: string; name: string; fileName: string }
  | { type: 'discard'; jobId: string }
  | { type: 'restore'; layerIds: string[] }
  | { type: 'remove'; layerId: string; undoable: boolean }
  | { type: 'undo-remove'; layerId: string }
  | SceneRequest
  | { type: 'site'; requestId: number; layerId: string; siteId: string }
  /** `ref` is a layer id, or the job id of an import that made no layer. */
  | { type: 'issues'; requestId: number; ref: string; from: number; count: number }
  | { type: 'report'; requestId: number; ref: string; lang: Lang }
  | {
      type: 'export';
      requestId: number;
      format: ExportFormat;
      /** The reference poles shown, already filtered by the main thread. */
      poles: Pole[];
      hiddenSectors: string[];
      layerIds: string[];
      lang: Lang;
      /** The date of the data and the waves' labels, written into the file. */
      meta?: ExportMeta;
    };

export type LayerResponse =
  | { type: 'imported'; jobId: string; outcome: DigestOutcome }
  | { type: 'layer'; layer: LayerInfo; restored: boolean }
  | { type: 'layer-missing'; layerId: string }
  | { type: 'saved'; layerId: string; ok: boolean }
  | { type: 'removed'; layerId: string }
  | {
      type: 'scene';
      seq: number;
      /** The zoom of the view the markers were clustered for (null: no view yet). */
      zoom: number | null;
      markers: MarkerItem[];
      shapes: ShapeItem[] | null;
    }
  | {
      type: 'site';
      requestId: number;
      site: ImportedSite | null;
      layer: { name: string; fileName: string; mapping: ColumnMapping } | null;
    }
  | { type: 'issues'; requestId: number; issues: ImportIssue[]; total: number }
  | { type: 'file'; requestId: number; bytes: ArrayBuffer; count: number };

export type MainToWorker = ImportRequest | CancelRequest | LayerRequest;
export type WorkerToMain = ProgressMessage | CancelledMessage | LayerResponse;
