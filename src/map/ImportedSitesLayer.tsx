import { lazy, Suspense } from 'react';
import { useAppStore } from '../state/store';

const loadDrawing = () => import('./ImportedSitesDrawing');

/** Fetched when an import starts, so that the first layer is drawn as soon as it is ready. */
export function preloadImportedDrawing() {
  void loadDrawing();
}

// Nothing of the drawing is needed before the first imported layer.
const ImportedSitesDrawing = lazy(() =>
  loadDrawing().then((m) => ({ default: m.ImportedSitesDrawing })),
);

/** The imported layers on the map; nothing is loaded or drawn until there is one. */
export function ImportedSitesLayer() {
  const hasLayers = useAppStore((s) => s.imports.layers.length > 0);
  return hasLayers ? (
    <Suspense fallback={null}>
      <ImportedSitesDrawing />
    </Suspense>
  ) : null;
}
