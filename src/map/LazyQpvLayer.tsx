import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../state/store';
import { lazyModule, useLazyModule } from '../ui/lazy-module';

const qpvLayerCode = lazyModule(() => import('./QpvLayer'));

/** Fetches the layer's code ahead of its first use (the switch pointed at or focused). */
export function preloadQpvLayer(): void {
  void qpvLayerCode.load().catch(() => undefined);
}

/**
 * Until the layer's code is loaded, the map still says what it shows (no QPV, and its zoom), as
 * QpvLayer does once loaded, for the tests and the bench that read it.
 */
function OffMarker() {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    const mark = () => {
      el.dataset['qpvLayer'] = 'off';
      el.dataset['qpvDots'] = '0';
      el.dataset['qpvShapes'] = '0';
      el.dataset['zoom'] = String(map.getZoom());
    };
    mark();
    map.on('zoomend', mark);
    return () => {
      map.off('zoomend', mark);
    };
  }, [map]);
  return null;
}

/**
 * The QPV layer's drawing code is loaded with the first use of the layer or of a QPV card (which
 * highlights its QPV), not with the page: most visits never switch it on. Once loaded it stays.
 */
export function LazyQpvLayer() {
  const wanted = useAppStore((s) => s.qpvLayer || s.selectedQpv !== null);
  const code = useLazyModule(qpvLayerCode, wanted);
  return code ? <code.QpvLayer /> : <OffMarker />;
}
