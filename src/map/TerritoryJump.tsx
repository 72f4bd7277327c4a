import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useT } from '../state/use-t';
import { prefersReducedMotion } from './prefers-reduced-motion';
import { METROPOLE, OVERSEAS, type Territory } from './regions';

/** One button per territory (mainland France, each overseas département); `onJump` after. */
export function TerritoryButtons({ onJump }: { onJump?: () => void }) {
  const map = useMap();
  const t = useT();
  const go = (territory: Territory) => {
    map.flyToBounds(territory.bounds, { animate: !prefersReducedMotion(), duration: 0.6 });
    onJump?.();
  };
  return (
    <>
      <button type="button" onClick={() => go(METROPOLE)}>
        {t('metropole')}
      </button>
      {OVERSEAS.map((territory) => (
        <button key={territory.id} type="button" onClick={() => go(territory)}>
          {territory.name}
        </button>
      ))}
    </>
  );
}

/** Quick jumps to mainland France and to the overseas départements. */
export function TerritoryJump() {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    L.DomEvent.disableClickPropagation(ref.current);
    L.DomEvent.disableScrollPropagation(ref.current);
  }, []);
  return (
    <nav ref={ref} className="territory-jump" aria-label={t('overseasTitle')}>
      <span className="territory-jump__title">{t('overseasTitle')}</span>
      <TerritoryButtons />
    </nav>
  );
}
