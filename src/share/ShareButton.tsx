import { useEffect, useRef, useState } from 'react';
import { useT } from '../state/use-t';
import { copyText } from '../ui/copy-text';
import './share.css';
import { CloseButton } from '../ui/CloseButton';

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/** Copies the address of the current view; when the clipboard is refused, shows it to copy. */
export function ShareButton() {
  const t = useT();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (outcome.kind === 'manual') field.current?.select();
    if (outcome.kind !== 'copied') return;
    const timer = window.setTimeout(() => setOutcome({ kind: 'idle' }), 4000);
    return () => window.clearTimeout(timer);
  }, [outcome]);

  const share = async () => {
    const url = window.location.href;
    setOutcome(
      (await copyText(url, navigator.clipboard)) ? { kind: 'copied' } : { kind: 'manual', url },
    );
  };

  return (
    <div className="share">
      <button type="button" className="share__button" onClick={() => void share()}>
        {t('share')}
      </button>
      <div role="status" className="share__status">
        {outcome.kind === 'copied' && <p className="share__message">{t('shareCopied')}</p>}
        {outcome.kind === 'manual' && (
          <div className="share__manual">
            <p id="share-manual-text">{t('shareManual')}</p>
            <input
              ref={field}
              type="text"
              readOnly
              value={outcome.url}
              aria-label={t('shareField')}
              aria-describedby="share-manual-text"
              onFocus={(e) => e.currentTarget.select()}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setOutcome({ kind: 'idle' });
              }}
            />
            <CloseButton label={t('closeSheet')} onClick={() => setOutcome({ kind: 'idle' })} />
          </div>
        )}
      </div>
    </div>
  );
}
