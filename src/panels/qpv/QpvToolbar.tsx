import { useT } from '../../i18n/use-t';
import { setPlaceCheckMode, setQpvLayer, setStatsOpen } from '../../state/qpv-actions';
import { useAppStore } from '../../state/store';

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
      <label className="qpv-toolbar__switch">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          onChange={(e) => setQpvLayer(e.target.checked)}
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
