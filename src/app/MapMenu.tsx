import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../state/use-t';
import { BasemapSwitcher } from '../map/BasemapSwitcher';
import { TerritoryButtons } from '../map/TerritoryJump';
import { ExportButtons } from '../panels/export/ExportTools';
import { QpvToolbar } from '../panels/qpv/QpvToolbar';
import './map-menu.css';

const PANEL_ID = 'map-menu-panel';

/**
 * On a phone, one button over the map instead of the territory strip, the QPV tools and the
 * basemap choice: they unfold below it. Escape, the button or a tap on the map folds them and
 * the focus goes back to the button; an action that opens a panel or dialog folds them first.
 * The basemap choice stays mounted while folded: its tiles and its status line live on.
 */
export function MapMenu({ withStats }: { withStats: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!root.current) return;
    L.DomEvent.disableClickPropagation(root.current);
    L.DomEvent.disableScrollPropagation(root.current);
  }, []);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('button, input, summary')?.focus();
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  /** Folds the menu and gives the focus back to its button, before the focus goes elsewhere. */
  const fold = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      ref={root}
      className="map-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          fold();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="map-menu__button"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => setOpen(!open)}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" />
        </svg>
        {t('mapMenuButton')}
      </button>
      <div
        ref={panel}
        id={PANEL_ID}
        className={`map-menu__panel${open ? ' is-open' : ''}`}
        role="group"
        aria-label={t('mapMenuLabel')}
      >
        <nav className="map-menu__section" aria-labelledby="map-menu-territories">
          <h2 id="map-menu-territories" className="map-menu__title">
            {t('overseasTitle')}
          </h2>
          <div className="map-menu__buttons">
            <TerritoryButtons onJump={fold} />
          </div>
        </nav>
        <div className="map-menu__section">
          <QpvToolbar withStats={withStats} beforeAction={fold} />
        </div>
        <div className="map-menu__section">
          <ExportButtons beforeAction={fold} />
        </div>
        <div className="map-menu__section map-menu__section--basemap">
          <BasemapSwitcher />
        </div>
      </div>
    </div>
  );
}
