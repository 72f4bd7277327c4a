import { useDeferredValue, useEffect } from 'react';
import { useT } from '../state/use-t';
import { restoreStoredLayers } from '../import-ui/startup';
import { AttributionFold } from '../map/AttributionFold';
import { MapDropZone } from '../map/MapDropZone';
import { MapView } from '../map/MapView';
import { Corrections } from '../panels/corrections/Corrections';
import { CommunesOfflineNote } from '../panels/CommunesOfflineNote';
import { ExportTools } from '../panels/export/ExportTools';
import { DataReport } from '../panels/DataReport';
import { DetailsPanel } from '../panels/DetailsPanel';
import { FilterPanel } from '../panels/FilterPanel';
import { ImportedSiteDetails } from '../panels/import/ImportedSiteDetailsGate';
import { ImportPanel } from '../panels/import/ImportPanel';
import { Legend } from '../panels/Legend';
import { LoadStatus } from '../panels/LoadStatus';
import { PoleList } from '../panels/PoleList';
import { SearchBox } from '../panels/SearchBox';
import { QpvTools } from '../panels/qpv/QpvTools';
import { SourcesInfo } from '../panels/SourcesInfo';
import { TerritoryGate } from '../panels/territory/TerritoryGate';
import { FilterAnnouncer } from '../share/FilterAnnouncer';
import { ShareButton } from '../share/ShareButton';
import { UrlNotice } from '../share/UrlNotice';
import { useBasemapPreference } from '../state/basemap-preference';
import { setLang, useAppStore } from '../state/store';
import { useQpvAnalysis } from '../state/use-qpv-analysis';
import { useReferenceData } from '../state/use-reference-data';
import { useUrlSync } from '../state/use-url-sync';
import { CompactBar } from './CompactBar';
import { PHONE_QUERY } from './compact';
import { EmbedHeader } from './EmbedHeader';
import { MapMenu } from './MapMenu';
import { PrintView } from './PrintView';
import { printClass, usePrinting } from './use-printing';
import { ErrorBoundary } from './ErrorBoundary';
import { Sidebar } from './Sidebar';
import { SkipLink } from './SkipLink';
import { startOfflineWorker } from './start-offline-worker';
import { UpdateNotice } from './UpdateNotice';
import { useMediaQuery } from './use-media-query';

export function App() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const english = useAppStore((s) => s.english);
  const poles = useAppStore((s) => s.poles);
  // The side panel follows the poles in a render of its own, which React may slice: the task
  // in which the poles arrive draws the markers and the details, not the lists and counts too.
  const listed = useDeferredValue(poles);
  const retry = useReferenceData();
  useBasemapPreference();
  const url = useUrlSync();
  const embed = useAppStore((s) => s.embed);
  const phone = useMediaQuery(PHONE_QUERY);
  const compact = phone || embed;
  useQpvAnalysis();
  const printing = usePrinting();

  // Here, not in the import panel: on a phone that panel is not rendered until its sheet opens,
  // and the layers saved in this browser belong on the map from the start.
  useEffect(() => {
    void restoreStoredLayers();
  }, []);

  // The service worker, for the installed and offline app: after load, out of the first script.
  useEffect(startOfflineWorker, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appTitle');
  }, [lang, t]);

  return (
    <div
      className={`app${compact ? ' app--compact' : ''}${embed ? ' app--embed' : ''}${printing ? printClass(printing) : ''}`}
    >
      {/* With the list it leads to (absent while ptce.csv fails): never a link to nowhere. */}
      {listed.state === 'ready' && <SkipLink compact={compact} />}
      {embed ? (
        <EmbedHeader />
      ) : (
        <header className="app-header">
          <div className="app-header__titles">
            <h1>{t('appTitle')}</h1>
            <p className="app-header__subtitle">{t('appSubtitle')}</p>
          </div>
          <SearchBox />
          <div className="app-header__actions">
            <ShareButton />
            <button
              type="button"
              className="lang-switch"
              lang={t('switchToOtherLang')}
              aria-busy={english === 'loading'}
              onClick={() => void setLang(lang === 'fr' ? 'en' : 'fr')}
            >
              {t('switchToOther')}
            </button>
          </div>
        </header>
      )}
      <LoadStatus retry={retry} />
      <UpdateNotice />
      <CommunesOfflineNote />
      <main className="app-main">
        <Sidebar compact={compact} busy={listed !== poles}>
          <ErrorBoundary name="sidebar">
            <ImportPanel />
            {listed.state === 'ready' && <FilterPanel data={listed.value} />}
            {/* Shown once the poles settle, so the filters do not push them down (layout shift). */}
            {listed.state !== 'loading' && <Legend />}
            {listed.state === 'ready' && <PoleList data={listed.value} />}
            {listed.state === 'ready' && <DataReport data={listed.value} />}
            {listed.state !== 'loading' && <SourcesInfo />}
          </ErrorBoundary>
        </Sidebar>
        <div className="map-area">
          <UrlNotice ignored={url.ignored} dismiss={url.dismiss} />
          {/* Outside the sidebar, which is hidden on a phone while its sheet is closed. */}
          {poles.state === 'ready' && <FilterAnnouncer data={poles.value} />}
          <ErrorBoundary name="map">
            <MapView
              controls={
                compact ? (
                  <>
                    <MapMenu withStats={poles.state === 'ready'} />
                    <AttributionFold />
                  </>
                ) : undefined
              }
            />
          </ErrorBoundary>
          {compact && <CompactBar />}
          <ErrorBoundary name="qpv">
            <QpvTools data={poles.state === 'ready' ? poles.value : null} toolbar={!compact} />
          </ErrorBoundary>
          <ErrorBoundary name="export">
            <ExportTools data={poles.state === 'ready' ? poles.value : null} toolbar={!compact} />
          </ErrorBoundary>
          <MapDropZone />
          <ErrorBoundary name="imported-details">
            <ImportedSiteDetails />
          </ErrorBoundary>
          {poles.state === 'ready' && (
            <ErrorBoundary name="territory">
              <TerritoryGate data={poles.value} printing={Boolean(printing?.territory)} />
            </ErrorBoundary>
          )}
          {poles.state === 'ready' && (
            <ErrorBoundary name="details">
              <DetailsPanel data={poles.value} />
            </ErrorBoundary>
          )}
          {poles.state === 'ready' && (
            <ErrorBoundary name="corrections">
              <Corrections data={poles.value} />
            </ErrorBoundary>
          )}
          {/* Last: on a pole's sheet its footer comes after the details. */}
          {printing && poles.state === 'ready' && (
            <PrintView data={poles.value} printing={printing} />
          )}
        </div>
      </main>
    </div>
  );
}
