import { lazy, Suspense, useState } from 'react';
import { useAppStore } from '../state/store';

const QpvLayer = lazy(() => import('./QpvLayer').then((m) => ({ default: m.QpvLayer })));

/**
 * The QPV layer's drawing code is loaded with the first use of the layer or of a QPV card (which
 * highlights its QPV), not with the page: most visits never switch it on. Once loaded it stays.
 */
export function LazyQpvLayer() {
  const wanted = useAppStore((s) => s.qpvLayer || s.selectedQpv !== null);
  const [loaded, setLoaded] = useState(wanted);
  if (wanted && !loaded) setLoaded(true);
  return loaded ? (
    <Suspense fallback={null}>
      <QpvLayer />
    </Suspense>
  ) : null;
}
