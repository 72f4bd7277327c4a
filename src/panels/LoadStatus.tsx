import { useShallow } from 'zustand/react/shallow';
import { useT } from '../state/use-t';
import type { MessageKey } from '../i18n/messages';
import { setLang, useAppStore } from '../state/store';
import { useSlowFiles } from '../state/use-slow-files';
import { loadErrorText } from './load-error-text';
import './load-status.css';

type Key = 'poles' | 'basemap' | 'quartiers';

const CONSEQUENCE: Record<Key, MessageKey> = {
  poles: 'errPoles',
  basemap: 'errBasemap',
  quartiers: 'errQuartiers',
};
const FILE: Record<Key, string> = {
  poles: 'ptce.csv',
  basemap: 'departements.geojson',
  quartiers: 'qpv-2024-cibles-ptce.geojson',
};

/** Says which shipped file failed and what that means, with a retry for that file alone. */
export function LoadStatus({ retry }: { retry: (key: Key) => void }) {
  const t = useT();
  const states = useAppStore(
    useShallow((s) => ({ poles: s.poles, basemap: s.basemap, quartiers: s.quartiers })),
  );
  const slow = useSlowFiles();
  const loading = Object.values(states).some((s) => s.state === 'loading');
  const failed = (Object.keys(states) as Key[]).filter((k) => states[k].state === 'error');
  const truncatedRow = states.poles.state === 'ready' ? states.poles.value.truncatedRow : null;
  const englishFailed = useAppStore((s) => s.english === 'failed');
  return (
    <div className="load-status">
      <div role="status" className={loading || slow.length > 0 ? 'loading' : 'visually-hidden'}>
        {loading && <p>{t('loading')}</p>}
        {slow.map((file) => (
          <p key={file} data-slow-file={file}>
            {t('slowFile', { file })}
          </p>
        ))}
      </div>
      {/* Polite rather than an alert: the French page works, only the translation is missing. */}
      <div role="status" className="load-status__lang">
        {englishFailed && (
          <div className="alert alert--warn" data-failed="english">
            <p>
              {t('englishFailed')} <span lang="en">{t('englishFailedInEnglish')}</span>
            </p>
            <button type="button" onClick={() => void setLang('en')}>
              {t('retryEnglish')}
            </button>
          </div>
        )}
      </div>
      <div role="alert">
        {states.poles.state === 'ready' && truncatedRow != null && (
          <div className="alert alert--warn" data-truncated="poles">
            <p>
              {t('ptceTruncated', { row: truncatedRow, count: states.poles.value.poles.length })}
            </p>
            <button type="button" onClick={() => retry('poles')}>
              {t('retry')}
            </button>
          </div>
        )}
        {failed.map((k) => {
          const s = states[k];
          return (
            <div className="alert" key={k} data-failed={k}>
              <p>
                {loadErrorText(s.state === 'error' ? s.error : null, FILE[k], t)}{' '}
                {t(CONSEQUENCE[k])}
              </p>
              <button type="button" onClick={() => retry(k)}>
                {t('retry')}
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
