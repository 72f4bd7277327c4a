import type { PolesData } from '../../data/load-reference';
import { QPV_POINTS_FILE, QPV_SHAPES_FILE } from '../../data/load-qpv';
import { isUnreachable } from '../../data/offline-failure';
import { useT } from '../../state/use-t';
import { ensureQpvPoints, ensureQpvShapes } from '../../state/qpv-actions';
import { useAppStore } from '../../state/store';
import { lazyModule, useLazyModule } from '../../ui/lazy-module';
import { loadErrorText } from '../load-error-text';
import { QpvToolbar } from './QpvToolbar';
import './qpv.css';

// Each only needed once first opened: chunks of their own, out of the first load (not through
// React.lazy, whose Suspense shows a loaded chunk no sooner than 300 ms after its fallback).
const placeCheckCode = lazyModule(() => import('./PlaceCheckPanel'));
const qpvPanelCode = lazyModule(() => import('./QpvPanel'));
const statsCode = lazyModule(() => import('./StatsDialog'));

const NO_POLES: [] = [];

/** Loading and failure of the files the QPV layer draws from, with a retry. */
function LayerStatus() {
  const t = useT();
  const on = useAppStore((s) => s.qpvLayer);
  const points = useAppStore((s) => s.qpvPoints);
  const shapes = useAppStore((s) => s.qpvShapes);
  const failed = [
    points.state === 'error' && {
      file: QPV_POINTS_FILE,
      error: points.error,
      retry: ensureQpvPoints,
    },
    shapes.state === 'error' && {
      file: QPV_SHAPES_FILE,
      error: shapes.error,
      retry: ensureQpvShapes,
    },
  ].filter((f) => f !== false);
  // Offline, a file the service worker never stored is not broken: said as a status, not an alert.
  const unreachable = failed.filter((f) => isUnreachable(f.error));
  const broken = failed.filter((f) => !isUnreachable(f.error));
  const loading = on && (points.state === 'loading' || shapes.state === 'loading');
  return (
    <>
      <p role="status" className={loading ? 'qpv-tools__status' : 'visually-hidden'}>
        {loading ? t(points.state === 'loading' ? 'qpvLayerLoading' : 'qpvShapesLoading') : ''}
      </p>
      <div role="status" data-qpv-offline={on && unreachable.length > 0 ? 'true' : undefined}>
        {on && unreachable.length > 0 && (
          <div className="qpv-tools__alert qpv-tools__alert--offline">
            <p>{t('qpvOffline')}</p>
            <button type="button" onClick={() => unreachable.forEach((f) => f.retry())}>
              {t('retry')}
            </button>
          </div>
        )}
      </div>
      {on && broken.length > 0 && (
        // Only while there is something to say: an empty alert region would be one more
        // "alert" on the page for every test and assistive technology to sort out.
        <div role="alert">
          {broken.map((f) => (
            <div key={f.file} className="qpv-tools__alert">
              <p>
                {t('qpvLayerFailed')} {loadErrorText(f.error, f.file, t)}
              </p>
              <button type="button" onClick={f.retry}>
                {t('retry')}
              </button>
            </div>
          ))}
        </div>
      )}
    </>
  );
}

/**
 * Over the map, top left: the QPV layer switch, the place check and the statistics (in the map
 * menu on a phone: `toolbar` false), with the place check and QPV cards below them.
 */
export function QpvTools({ data, toolbar }: { data: PolesData | null; toolbar: boolean }) {
  const placeMode = useAppStore((s) => s.placeCheckMode);
  const placeCheck = useAppStore((s) => s.placeCheck.state);
  const poles = data?.poles ?? NO_POLES;
  const placeOpen = placeMode || placeCheck !== 'idle';
  // The place check unmounts when closed; the card and the statistics stay once loaded.
  const placeCode = useLazyModule(placeCheckCode, placeOpen);
  const qpvPanel = useLazyModule(
    qpvPanelCode,
    useAppStore((s) => s.selectedQpv !== null),
  );
  const stats = useLazyModule(
    statsCode,
    useAppStore((s) => s.statsOpen),
  );
  return (
    <div className="qpv-tools">
      {toolbar && <QpvToolbar withStats={data !== null} />}
      <LayerStatus />
      {placeOpen && placeCode && <placeCode.PlaceCheckPanel poles={poles} />}
      {qpvPanel && <qpvPanel.QpvPanel poles={poles} />}
      {data && stats && <stats.StatsDialog data={data} />}
    </div>
  );
}
