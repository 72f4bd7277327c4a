import { formatCount } from '../../i18n/plural';
import { useT } from '../../state/use-t';
import { loadLayerClient } from '../../import-ui/load-client';
import { focusImportButton } from './focus-import-button';
import { useAppStore } from '../../state/store';

/** Rows read so far, with a way out; the parsing itself runs in the import worker. */
export function ImportProgress({ processed, total }: { processed: number; total: number }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  return (
    <div className="import-progress">
      <progress
        aria-label={t('importProgressLabel')}
        max={total > 0 ? total : undefined}
        value={total > 0 ? processed : undefined}
      />
      <span className="import-progress__text">
        {total > 0
          ? t('importProgressRows', {
              processed: formatCount(processed, lang),
              total: formatCount(total, lang),
            })
          : t('importParsing')}
      </span>
      <button
        type="button"
        onClick={() =>
          void loadLayerClient().then((client) => {
            client.cancelImport();
            focusImportButton();
          })
        }
      >
        {t('importCancel')}
      </button>
    </div>
  );
}
