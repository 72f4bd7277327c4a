import { isMessageKey } from '../i18n/messages';
import { useT } from '../state/use-t';
import type { T } from '../i18n/messages';
import './share.css';
import { CloseButton } from '../ui/CloseButton';

function paramName(name: string, t: T): string {
  const key = `urlParam_${name}`;
  return isMessageKey(key) ? t(key) : t('urlParamUnknown', { name });
}

/** A quiet notice naming what a link asked for and could not be applied. */
export function UrlNotice({ ignored, dismiss }: { ignored: string[]; dismiss: () => void }) {
  const t = useT();
  return (
    <div role="status" className="url-notice-region">
      {ignored.length > 0 && (
        <div className="url-notice">
          <p>{t('urlIgnored', { names: ignored.map((n) => paramName(n, t)).join(', ') })}</p>
          <CloseButton label={t('dismissNotice')} onClick={dismiss} />
        </div>
      )}
    </div>
  );
}
