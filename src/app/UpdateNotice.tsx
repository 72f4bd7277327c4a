import { useT } from '../state/use-t';
import { useUpdateOffer } from './update-offer';
import './offline.css';

/**
 * Says that a new version (a new build: app or data) is ready, with a button to reload into
 * it. Nothing changes before the user asks: what the map shows is never swapped under them.
 */
export function UpdateNotice() {
  const t = useT();
  const apply = useUpdateOffer();
  return (
    <div role="status" className="update-notice">
      {apply && (
        <div className="alert alert--info" data-update="ready">
          <p>{t('updateReady')}</p>
          <button type="button" onClick={apply}>
            {t('updateReload')}
          </button>
        </div>
      )}
    </div>
  );
}
