import { useEffect } from 'react';
import { useT } from '../i18n/use-t';
import { MapDropZone } from '../map/MapDropZone';
import { MapView } from '../map/MapView';
import { DataReport } from '../panels/DataReport';
import { DetailsPanel } from '../panels/DetailsPanel';
import { FilterPanel } from '../panels/FilterPanel';
import { ImportedSiteDetails } from '../panels/import/ImportedSiteDetailsGate';
import { ImportPanel } from '../panels/import/ImportPanel';
import { Legend } from '../panels/Legend';
import { LoadStatus } from '../panels/LoadStatus';
import { PoleList } from '../panels/PoleList';
import { SourcesInfo } from '../panels/SourcesInfo';
import { setLang, useAppStore } from '../state/store';
import { useReferenceData } from '../state/use-reference-data';
import { ErrorBoundary } from './ErrorBoundary';

export function App() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const poles = useAppStore((s) => s.poles);
  const retry = useReferenceData();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appTitle');
  }, [lang, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#pole-list">
        {t('skipToList')}
      </a>
      <header className="app-header">
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="app-header__subtitle">{t('appSubtitle')}</p>
        </div>
        <button
          type="button"
          className="lang-switch"
          lang={t('switchToOtherLang')}
          onClick={() => setLang(lang === 'fr' ? 'en' : 'fr')}
        >
          {t('switchToOther')}
        </button>
      </header>
      <LoadStatus retry={retry} />
      <main className="app-main">
        <aside className="sidebar">
          <ErrorBoundary name="sidebar">
            <ImportPanel />
            {poles.state === 'ready' && <FilterPanel data={poles.value} />}
            <Legend />
            {poles.state === 'ready' && <PoleList data={poles.value} />}
            {poles.state === 'ready' && <DataReport data={poles.value} />}
            <SourcesInfo />
          </ErrorBoundary>
        </aside>
        <div className="map-area">
          <ErrorBoundary name="map">
            <MapView />
          </ErrorBoundary>
          <MapDropZone />
          <ErrorBoundary name="imported-details">
            <ImportedSiteDetails />
          </ErrorBoundary>
          {poles.state === 'ready' && (
            <ErrorBoundary name="details">
              <DetailsPanel data={poles.value} />
            </ErrorBoundary>
          )}
        </div>
      </main>
    </div>
  );
}
