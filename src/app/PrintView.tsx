import { useMemo } from 'react';
import { DATA_DATE } from '../data/export-meta';
import { longDate } from '../data/intl-formats';
import type { PolesData } from '../data/load-reference';
import { useT } from '../state/use-t';
import { layerAttributions } from '../map/layer-attributions';
import { mountedMap } from '../map/map-registry';
import { legendEntries, type LegendEntry } from '../panels/export/legend-entries';
import { viewWords } from '../panels/export/view-words';
import { unfundedCodes } from '../data/waves';
import { sectorLabel } from '../panels/sector-label';
import { useAppStore } from '../state/store';
import { useVisiblePoles } from '../state/use-visible-poles';
import { filterWords, viewTitle } from '../state/view-title';
import type { Printing } from './use-printing';

function Symbol({ entry }: { entry: LegendEntry }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
      {entry.kind === 'sector' && (
        <path d={entry.path} fill={entry.color} stroke="#fff" strokeWidth="1.8" />
      )}
      {entry.kind === 'approx' && (
        <circle
          cx="12"
          cy="12"
          r="10"
          fill="none"
          stroke="#1a1a1a"
          strokeWidth="1.6"
          strokeDasharray="3 2.2"
        />
      )}
      {entry.kind === 'accompanied' && (
        <>
          <circle cx="12" cy="12" r="9" fill="#fff" stroke="#444" strokeWidth="2.6" />
          <circle cx="12" cy="12" r="4" fill="#444" />
        </>
      )}
      {entry.kind === 'qpv' && (
        <rect
          x="2"
          y="5"
          width="20"
          height="14"
          fill="#8f6cc2"
          fillOpacity="0.28"
          stroke="#5e3c99"
          strokeWidth="1.8"
        />
      )}
      {entry.kind === 'quartier' && (
        <rect
          x="2"
          y="5"
          width="20"
          height="14"
          fill="#E69F00"
          fillOpacity="0.25"
          stroke="#B3400B"
          strokeWidth="2.4"
        />
      )}
    </svg>
  );
}

/**
 * What paper needs and the screen does not: the title, the legend of the symbols in the printed
 * view, the filters in words, the sources, the date of the data and the link. Rendered only
 * while printing (print.css lays the page out); a pole's sheet keeps its details and the footer,
 * a territory's its profile, the filters in words and the footer.
 */
export function PrintView({ data, printing }: { data: PolesData; printing: Printing }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const filters = useAppStore((s) => s.filters);
  const place = useAppStore((s) => s.place);
  const qpvLayer = useAppStore((s) => s.qpvLayer);
  const shown = useVisiblePoles(data.poles);
  const words = useMemo(
    () => viewWords(t, lang, data.sectors, data.waves),
    [t, lang, data.sectors, data.waves],
  );
  const { bounds } = printing;
  const legend = legendEntries(
    shown,
    (lat, lon) => bounds?.contains([lat, lon]) ?? true,
    {
      sectorLabel: (key) =>
        key === undefined ? t('noSector') : sectorLabel(key, data.sectors, lang),
      approx: t('legendApprox'),
      accompanied: t('legendAccompaniedShort'),
      qpv: qpvLayer ? t('legendQpv') : null,
      quartier: null,
    },
    unfundedCodes(data.waves),
  );
  const map = mountedMap();
  const sources = [...(map ? layerAttributions(map).texts : []), t('viewPolesSource')];
  const filterLines = filterWords(filters, words);
  const today = new Date().toISOString().slice(0, 10);
  const filterParagraphs = (filterLines.length > 0 ? filterLines : [t('viewNoFilter')]).map((l) => (
    <p key={l}>{l}</p>
  ));
  const sheet = printing.poleId !== null || printing.territory !== null;
  return (
    <>
      {printing.poleId === null && printing.territory !== null && (
        <section className="print-only print-filters">
          <h2>{t('viewFiltersTitle')}</h2>
          {filterParagraphs}
        </section>
      )}
      {!sheet && (
        <>
          <h1 className="print-only print-title">
            {viewTitle(
              filters,
              data.waves.map((w) => w.code),
              place?.label ?? null,
              words,
            )}
          </h1>
          <aside className="print-only print-side">
            <h2>{t('legendTitle')}</h2>
            <ul>
              {legend.map((e) => (
                <li key={`${e.kind}${e.label}`}>
                  <Symbol entry={e} />
                  <span>{e.label}</span>
                </li>
              ))}
            </ul>
            <h2>{t('viewFiltersTitle')}</h2>
            {filterParagraphs}
          </aside>
        </>
      )}
      <footer className="print-only print-foot">
        <p>{t('viewSources', { list: sources.join(' ; ') })}</p>
        <p>
          {t('viewPrintDate', {
            date: DATA_DATE ? longDate(DATA_DATE, lang) : '—',
            today: longDate(today, lang),
          })}
        </p>
        <p className="print-foot__link">{t('viewLink', { url: printing.link })}</p>
      </footer>
    </>
  );
}
