import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useT } from '../state/use-t';
import { setBaseLayer, useAppStore } from '../state/store';
import { useZoomAtLeast } from './use-map-zoom';
import './ign-offer.css';

/** From this zoom on, the embedded basemap offers the IGN plan for the streets. */
export const IGN_OFFER_MIN_ZOOM = 11;

/**
 * At street scale, a small card in the map offers the IGN plan and says that its tiles come
 * from another site. Answered either way, it stays away until the page is reloaded; a failure
 * of the tiles is told by the basemap switcher's status line.
 */
export function IgnOffer() {
  const map = useMap();
  const t = useT();
  const embedded = useAppStore((s) => s.baseLayer === 'embedded');
  const close = useZoomAtLeast(map, IGN_OFFER_MIN_ZOOM);
  const [answered, setAnswered] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const shown = embedded && close && !answered;
  useEffect(() => {
    if (!ref.current) return;
    L.DomEvent.disableClickPropagation(ref.current);
    L.DomEvent.disableScrollPropagation(ref.current);
  }, [shown]);
  if (!shown) return null;
  return (
    <div ref={ref} className="ign-offer" role="group" aria-labelledby="ign-offer-title">
      <p id="ign-offer-title" className="ign-offer__title">
        {t('ignOfferTitle')}
      </p>
      <p className="ign-offer__text">{t('ignOfferText')}</p>
      <div className="ign-offer__actions">
        <button
          type="button"
          onClick={() => {
            setAnswered(true);
            setBaseLayer('ign');
          }}
        >
          {t('ignOfferAccept')}
        </button>
        <button type="button" onClick={() => setAnswered(true)}>
          {t('ignOfferDecline')}
        </button>
      </div>
    </div>
  );
}
