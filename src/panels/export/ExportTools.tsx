import type { PolesData } from '../../data/load-reference';
import { useT } from '../../state/use-t';
import { lazyModule, useLazyModule } from '../../ui/lazy-module';
import { setExportOpen, useExportUi } from './export-ui';
import './export-tools.css';

// The dialog, the composition and (at the first export) the capture library: chunks of their
// own, fetched when first wanted; pointing at the button fetches the dialog ahead of the click.
const dialogCode = lazyModule(() => import('./ExportDialog'));
const prefetch = () => void dialogCode.load().catch(() => undefined);

/**
 * "Exporter l'image" and "Imprimer": over the map on a wide screen, in the map menu on a phone,
 * where `beforeAction` folds the menu first.
 */
export function ExportButtons({ beforeAction }: { beforeAction?: () => void }) {
  const t = useT();
  return (
    <div className="export-tools" role="group" aria-label={t('exportToolsLabel')}>
      <button
        type="button"
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={() => {
          beforeAction?.();
          setExportOpen(true);
        }}
      >
        {t('exportImageButton')}
      </button>
      <button
        type="button"
        onClick={() => {
          beforeAction?.();
          window.print();
        }}
      >
        {t('printButton')}
      </button>
    </div>
  );
}

/** The buttons (unless `toolbar` is false: the phone has them in its menu) and the dialog. */
export function ExportTools({ data, toolbar }: { data: PolesData | null; toolbar: boolean }) {
  const dialog = useLazyModule(
    dialogCode,
    useExportUi((s) => s.open),
  );
  return (
    <>
      {toolbar && (
        <div className="export-tools__corner">
          <ExportButtons />
        </div>
      )}
      {data && dialog && <dialog.ExportDialog data={data} />}
    </>
  );
}
