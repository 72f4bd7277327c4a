import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useT } from '../state/use-t';
import { setBaseLayer, useAppStore, type BaseLayerId } from '../state/store';
import { ONLINE_TILES } from './online-tiles';
import { useOnlineTiles } from './use-online-tiles';
import './basemap-switcher.css';

const CHOICES: BaseLayerId[] = ['embedded', 'osm', 'ign'];

/**
 * Radio buttons for the basemap, folded behind a "Fond de carte" button: the embedded basemap
 * by default, online tiles only when asked for. When the tiles cannot be reached it says so
 * once (outside the fold, so the message shows either way) and goes back to the embedded one.
 */
export function BasemapSwitcher() {
  const map = useMap();
  const t = useT();
  const choice = useAppStore((s) => s.baseLayer);
  const ref = useRef<HTMLDivElement>(null);
  const status = useOnlineTiles(map, choice === 'embedded' ? null : choice, () =>
    setBaseLayer('embedded'),
  );
  useEffect(() => {
    if (!ref.current) return;
    L.DomEvent.disableClickPropagation(ref.current);
    L.DomEvent.disableScrollPropagation(ref.current);
  }, []);

  return (
    <div ref={ref} className="basemap-switcher">
      <details>
        <summary>{t('basemapLegend')}</summary>
        <fieldset>
          <legend className="visually-hidden">{t('basemapLegend')}</legend>
          {CHOICES.map((id) => (
            <label key={id} className="basemap-switcher__choice">
              <input
                type="radio"
                name="basemap"
                value={id}
                checked={choice === id}
                onChange={() => setBaseLayer(id)}
              />
              {t(`basemap_${id}`)}
            </label>
          ))}
        </fieldset>
      </details>
      <p role="status" className="basemap-switcher__status">
        {status.state === 'probing' && t('tilesLoading', { name: ONLINE_TILES[status.id].name })}
        {status.state === 'failed' && t('tilesFailed', { name: ONLINE_TILES[status.id].name })}
      </p>
    </div>
  );
}
