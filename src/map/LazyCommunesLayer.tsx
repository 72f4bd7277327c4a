import { lazy, Suspense } from 'react';
import { useMap } from 'react-leaflet';
import type { DepartementBox } from '../data/departement-boxes';
import { useAppStore } from '../state/store';
import { useLatch } from '../ui/use-latch';
import { COMMUNES_MIN_ZOOM } from './communes-view';
import { useZoomAtLeast } from './use-zoom-at-least';

const CommunesLayer = lazy(() =>
  import('./CommunesLayer').then((m) => ({ default: m.CommunesLayer })),
);

/**
 * The communes' drawing and naming code is not in the first script: most visits stay at the
 * scale of France. It is fetched one zoom step before the communes are due, so that it is
 * there when they are, and stays once loaded.
 */
export function LazyCommunesLayer({ boxes }: { boxes: readonly DepartementBox[] }) {
  const map = useMap();
  const embedded = useAppStore((s) => s.baseLayer === 'embedded');
  const near = useZoomAtLeast(map, COMMUNES_MIN_ZOOM - 1);
  return useLatch(embedded && near) ? (
    <Suspense fallback={null}>
      <CommunesLayer boxes={boxes} />
    </Suspense>
  ) : null;
}
