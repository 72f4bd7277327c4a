import { lazy, Suspense, type ChangeEvent } from 'react';
import { useT } from '../../state/use-t';
import { startImport } from '../../import-ui/start-import';
import { useAppStore } from '../../state/store';
import { ExportButtons } from './ExportButtons';
import { ImportProgress } from './ImportProgress';
import { importStatusText } from './import-status-text';
import { LayerList } from './LayerList';
import './import.css';

// The report, the mapping step and the error wording come with the first import.
const ImportReport = lazy(() =>
  import('./ImportReport').then((m) => ({ default: m.ImportReport })),
);
const MappingStep = lazy(() => import('./MappingStep').then((m) => ({ default: m.MappingStep })));
const ImportFailure = lazy(() =>
  import('./ImportFailure').then((m) => ({ default: m.ImportFailure })),
);

export const IMPORT_ACCEPT = '.csv,.tsv,.txt,.geojson,.json';

/** "Vos données": the file picker, the import's progress and report, the layers and the export. */
export function ImportPanel() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const job = useAppStore((s) => s.imports.job);
  const ignored = useAppStore((s) => s.imports.ignoredFiles);
  const busy = job.kind === 'reading' || job.kind === 'running';

  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    // Cleared so that picking the same file again imports it again.
    e.target.value = '';
    void startImport(files);
  };

  return (
    <section className="panel import-panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('importTitle')}</h2>
      <div className="import-panel__pick">
        <input
          id="import-file"
          type="file"
          className="import-panel__input"
          accept={IMPORT_ACCEPT}
          onChange={pick}
        />
        <label htmlFor="import-file" className="import-panel__button">
          {t('importButton')}
        </label>
      </div>
      <p className="import-panel__hint">{t('importHint')}</p>
      <p role="status" className="import-panel__status">
        {importStatusText(job, t, lang)}
        {ignored.length > 0 && ` ${t('importOneFileOnly', { files: ignored.join(', ') })}`}
      </p>
      {/* Inserted with its message: an empty alert region would be one more "alert" on the page. */}
      {job.kind === 'failed' && (
        <div role="alert" className="import-panel__alert">
          <Suspense fallback={null}>
            <ImportFailure fileName={job.fileName} failure={job.failure} />
          </Suspense>
        </div>
      )}
      {busy && (
        <ImportProgress
          processed={job.kind === 'running' ? job.processed : 0}
          total={job.kind === 'running' ? job.total : 0}
        />
      )}
      <Suspense fallback={null}>
        {job.kind === 'mapping' && (
          <MappingStep
            key={`${job.fileName}|${job.draft.pendingJobId ?? ''}`}
            fileName={job.fileName}
            draft={job.draft}
          />
        )}
        {job.kind === 'done' && <ImportReport key={job.reportRef} job={job} />}
      </Suspense>
      <LayerList />
      <ExportButtons />
    </section>
  );
}
