import { useMap } from 'react-leaflet';
import type { DepartementBox } from '../data/departement-boxes';
import { useAppStore } from '../state/store';
import { lazyModule, useLazyModule } from '../ui/lazy-module';
import { COMMUNES_MIN_ZOOM } from './communes-view';
import { useZoomAtLeast } from './use-map-zoom';

const communesCode = lazyModule(() => import('./CommunesLayer'));

/**
 * The communes' drawing and naming code is not in the first script: most visits stay at the
 * scale of France. It is fetched one zoom step before the communes are due, so that it is
 * there when they are, and stays once loaded.
 */
export function LazyCommunesLayer({ boxes }: { boxes: readonly DepartementBox[] }) {
  const map = useMap();
  const embedded = useAppStore((s) => s.baseLayer === 'embedded');
  const near = useZoomAtLeast(map, COMMUNES_MIN_ZOOM - 1);
  const code = useLazyModule(communesCode, embedded && near);
  return code ? <code.CommunesLayer boxes={boxes} /> : null;
}
