import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useT } from '../state/use-t';
import './attribution-fold.css';

const ATTRIBUTION_ID = 'map-attribution';

/**
 * On a phone the attribution takes three lines of the map: it is folded behind a "Sources ©"
 * button that unfolds it above itself, so the sources stay one tap (or Enter) away.
 */
export function AttributionFold() {
  const map = useMap();
  const t = useT();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (ref.current) L.DomEvent.disableClickPropagation(ref.current);
  }, []);
  useEffect(() => {
    const el = map.attributionControl?.getContainer();
    if (!el) return;
    el.id = ATTRIBUTION_ID;
    el.classList.add('attribution--foldable');
    el.classList.toggle('attribution--open', open);
    return () => {
      el.classList.remove('attribution--foldable', 'attribution--open');
    };
  }, [map, open]);
  return (
    <button
      ref={ref}
      type="button"
      className="attribution-fold"
      aria-expanded={open}
      aria-controls={ATTRIBUTION_ID}
      onClick={() => setOpen(!open)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      {t('attributionButton')}
    </button>
  );
}
