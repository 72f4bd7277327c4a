import { useEffect, useRef } from 'react';
import { useT } from '../../state/use-t';
import { endMapPick } from '../../state/corrections-actions';
import { getState } from '../../state/store';

/**
 * Shown over the map while a position is chosen for the correction form: what to do, the map
 * centre for keyboard users, and a way back. Escape cancels before anything else hears it.
 */
export function MapPickBanner() {
  const t = useT();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      e.preventDefault();
      endMapPick(null);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  const useCentre = () => {
    const view = getState().view;
    endMapPick(view ? { lat: view.lat, lon: view.lon } : null);
  };
  return (
    <section className="map-pick-banner" aria-labelledby="map-pick-text">
      <p id="map-pick-text">{t('pickBanner')}</p>
      <div className="map-pick-banner__actions">
        <button type="button" ref={first} onClick={useCentre}>
          {t('pickUseCentre')}
        </button>
        <button type="button" onClick={() => endMapPick(null)}>
          {t('pickCancel')}
        </button>
      </div>
    </section>
  );
}
