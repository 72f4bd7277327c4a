import { lazy, Suspense } from 'react';
import { parseSiteSelection } from '../../state/site-selection';
import { useAppStore } from '../../state/store';

const ImportedSiteDetailsPanel = lazy(() =>
  import('./ImportedSiteDetails').then((m) => ({ default: m.ImportedSiteDetailsPanel })),
);

/** The details of an imported site, loaded when one is first selected. */
export function ImportedSiteDetails() {
  const isSite = useAppStore((s) => parseSiteSelection(s.selectedId) !== null);
  return isSite ? (
    <Suspense fallback={null}>
      <ImportedSiteDetailsPanel />
    </Suspense>
  ) : null;
}
