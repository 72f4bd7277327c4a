import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useT } from '../i18n/use-t';
import { prefersReducedMotion } from './prefers-reduced-motion';
import { METROPOLE, OVERSEAS, type Territory } from './regions';

/** Quick jumps to mainland France and to the overseas départements. */
export function TerritoryJump() {
  const map = useMap();
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    L.DomEvent.disableClickPropagation(ref.current);
    L.DomEvent.disableScrollPropagation(ref.current);
  }, []);
  const go = (territory: Territory) =>
    map.flyToBounds(territory.bounds, { animate: !prefersReducedMotion(), duration: 0.6 });
  return (
    <nav ref={ref} className="territory-jump" aria-label={t('overseasTitle')}>
      <span className="territory-jump__title">{t('overseasTitle')}</span>
      <button type="button" onClick={() => go(METROPOLE)}>
        {t('metropole')}
      </button>
      {OVERSEAS.map((territory) => (
        <button key={territory.id} type="button" onClick={() => go(territory)}>
          {territory.name}
        </button>
      ))}
    </nav>
  );
}
