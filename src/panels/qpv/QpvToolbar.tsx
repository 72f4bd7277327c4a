import { useT } from '../../state/use-t';
import { preloadQpvLayer } from '../../map/LazyQpvLayer';
import {
  ensureQpvPoints,
  setPlaceCheckMode,
  setQpvLayer,
  setStatsOpen,
} from '../../state/qpv-actions';
import { useAppStore } from '../../state/store';

/**
 * The pointer on the switch, or the focus, says it may be turned on: the layer's code and its
 * dots (68 kB) are fetched then, not at start-up, so that the click has only drawing left to do.
 */
function prefetchLayer() {
  preloadQpvLayer();
  ensureQpvPoints();
}

/**
 * The QPV layer switch, the place check and the statistics: over the map on a wide screen, in
 * the map menu on a phone, where `beforeAction` closes the menu before a panel or dialog opens.
 */
export function QpvToolbar({
  withStats,
  beforeAction,
}: {
  withStats: boolean;
  beforeAction?: () => void;
}) {
  const t = useT();
  const on = useAppStore((s) => s.qpvLayer);
  const placeMode = useAppStore((s) => s.placeCheckMode);
  return (
    <div className="qpv-toolbar" role="group" aria-label={t('qpvToolsLabel')}>
      <label
        className="qpv-toolbar__switch"
        onPointerEnter={prefetchLayer}
        onPointerDown={prefetchLayer}
      >
        <input
          type="checkbox"
          role="switch"
          checked={on}
          onFocus={prefetchLayer}
          onChange={(e) => {
            if (e.target.checked) preloadQpvLayer();
            setQpvLayer(e.target.checked);
          }}
        />
        <span>{t('qpvLayerSwitch')}</span>
      </label>
      <button
        type="button"
        aria-pressed={placeMode}
        onClick={() => {
          beforeAction?.();
          setPlaceCheckMode(!placeMode);
        }}
      >
        {t('placeCheckButton')}
      </button>
      {withStats && (
        <button
          type="button"
          onClick={() => {
            beforeAction?.();
            setStatsOpen(true);
          }}
        >
          {t('statsButton')}
        </button>
      )}
    </div>
  );
}
