import { lazy, Suspense, useEffect } from 'react';
import { useAppStore } from '../state/store';

const loadDrawing = () => import('./ImportedSitesDrawing');

// Nothing of the drawing is needed before the first imported layer.
const ImportedSitesDrawing = lazy(() =>
  loadDrawing().then((m) => ({ default: m.ImportedSitesDrawing })),
);

/** The imported layers on the map; nothing is loaded or drawn until there is one. */
export function ImportedSitesLayer() {
  const hasLayers = useAppStore((s) => s.imports.layers.length > 0);
  const importing = useAppStore(
    (s) => s.imports.job.kind === 'reading' || s.imports.job.kind === 'running',
  );
  // Fetched while the first file is read, so that its layer is drawn as soon as it is ready.
  useEffect(() => {
    if (importing) void loadDrawing();
  }, [importing]);
  return hasLayers ? (
    <Suspense fallback={null}>
      <ImportedSitesDrawing />
    </Suspense>
  ) : null;
}
