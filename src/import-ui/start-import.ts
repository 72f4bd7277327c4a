import { patchImports, setImportJob } from '../state/imports-actions';
import { loadLayerClient } from './load-client';

/** Imports the first of the files picked or dropped; the others are named as not imported. */
export async function startImport(files: readonly File[]): Promise<void> {
  const [file, ...others] = files;
  if (!file) return;
  patchImports({ ignoredFiles: others.map((f) => f.name) });
  try {
    const client = await loadLayerClient();
    await client.importFile(file);
  } catch (e) {
    setImportJob({
      kind: 'failed',
      fileName: file.name,
      failure: { kind: 'worker', detail: e instanceof Error ? e.message : String(e) },
    });
  }
}
