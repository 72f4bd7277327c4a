import type { CrsCode } from '../import/coordinates';
import type { ColumnMapping, UnsureReason } from '../import/guess-columns';
import type { ImportFormat, ImportSummary } from '../import/import-file';
import type { ImportDigest, LayerInfo } from '../import/layer-protocol';
import type { FileError, ImportIssue } from '../import/messages';

/**
 * The imported layers as the interface sees them: small, serialisable facts
 * only. The sites themselves stay in the import worker (src/import/layer-service.ts).
 * Only types are imported from src/import here, so none of the import code
 * reaches the initial bundle.
 */

export type LayerStorage = 'saving' | 'saved' | 'memory' | 'failed';

export interface ImportedLayerEntry extends LayerInfo {
  storage: LayerStorage;
}

/** Why an import stopped before producing a report. */
export type ImportFailure =
  { kind: 'file'; error: FileError } | { kind: 'communes' } | { kind: 'worker'; detail: string };

export interface MappingDraft {
  format: ImportFormat;
  columns: string[];
  mapping: ColumnMapping;
  crs: CrsCode | 'auto';
  reasons: UnsureReason[];
  /** The file was already imported with the guess and is waiting for confirmation. */
  pendingJobId: string | null;
}

export type ImportJob =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'running'; fileName: string; processed: number; total: number }
  | { kind: 'mapping'; fileName: string; draft: MappingDraft }
  | {
      kind: 'done';
      fileName: string;
      /** The layer made from the import; null when no row could be placed. */
      layerId: string | null;
      /** Where the full list of issues is kept in the worker (layer id or job id). */
      reportRef: string;
      /** GeoJSON issues refer to features, not rows. */
      format: ImportFormat;
      summary: ImportSummary;
      issueCount: number;
      issuesHead: ImportIssue[];
      customSectors: ImportDigest['customSectors'];
      lambert93: number;
      /** "Modifier les colonnes" is possible while the file is still at hand. */
      canRemap: boolean;
    }
  | { kind: 'failed'; fileName: string; failure: ImportFailure }
  | { kind: 'cancelled'; fileName: string };

export type StorageState = 'idle' | 'checking' | 'restoring' | 'ready' | 'unavailable';

export interface ImportsState {
  job: ImportJob;
  /** Most recent first. */
  layers: ImportedLayerEntry[];
  storage: StorageState;
  /** The last removed layer, while its removal can still be undone. */
  removed: { id: string; name: string } | null;
  /** Set when a dropped set held more than one file: only the first is imported. */
  ignoredFiles: string[];
}

export const INITIAL_IMPORTS: ImportsState = {
  job: { kind: 'idle' },
  layers: [],
  storage: 'idle',
  removed: null,
  ignoredFiles: [],
};
