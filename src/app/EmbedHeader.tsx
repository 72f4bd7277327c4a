import { useT } from '../state/use-t';
import { useAppStore } from '../state/store';
import { encode, snapshotOf } from '../state/url-state';

/** The slim header of the embedded map: its name and a way out to the full app. */
export function EmbedHeader() {
  const t = useT();
  // The same view, filters and selection, without the embed switch.
  const href = useAppStore((s) => {
    const query = encode({ ...snapshotOf(s), embed: false });
    return `${window.location.pathname}${query ? `?${query}` : ''}`;
  });
  return (
    <header className="embed-header">
      <h1>{t('appTitle')}</h1>
      <a href={href} target="_blank" rel="noopener">
        {t('openFullMap')} <span className="visually-hidden">{t('newTab')}</span>
      </a>
    </header>
  );
}
