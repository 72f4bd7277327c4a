import { useMemo } from 'react';
import type { PolesData } from '../data/load-reference';
import { partialDate } from '../data/intl-formats';
import { waveLabel } from '../data/waves';
import { useT } from '../state/use-t';
import { NO_SECTOR, countBySector, countByWave, toggleIn } from '../state/filters';
import { setFilters, useAppStore } from '../state/store';
import { useFilterContext } from '../state/use-filter-context';
import { QpvFilterFieldset } from './qpv/QpvFilterFieldset';
import { useImportedSectors } from '../state/use-imported-sectors';
import { SectorSymbol } from './SectorSymbol';
import { sectorLabel } from './sector-label';
import { YearControl } from './YearControl';

export function FilterPanel({ data }: { data: PolesData }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const filters = useAppStore((s) => s.filters);
  const context = useFilterContext();
  const imported = useImportedSectors();
  const counts = useMemo(() => {
    const c = countBySector(data.poles, filters, context);
    for (const [k, n] of imported.counts) c.set(k, (c.get(k) ?? 0) + n);
    return c;
  }, [data.poles, filters, context, imported.counts]);
  const waveCounts = useMemo(
    () => countByWave(data.poles, data.waves, filters, context),
    [data.poles, data.waves, filters, context],
  );
  const entries = [
    ...data.sectors.map((s) => ({ key: s.key, label: sectorLabel(s.key, data.sectors, lang) })),
    // Sectors of imported files outside the taxonomy, named as in the file.
    ...imported.custom,
    { key: NO_SECTOR, label: t('noSector') },
  ];
  const hidden = new Set(filters.hiddenSectors);

  return (
    <section className="panel filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('filtersTitle')}</h2>
      <YearControl data={data} />
      <fieldset>
        <legend>{t('callLegend')}</legend>
        <ul className="filters__list">
          {data.waves.map((w) => (
            <li key={w.code}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={!filters.hiddenAppels.includes(w.code)}
                  data-wave={w.code}
                  onChange={(ev) =>
                    setFilters({
                      hiddenAppels: toggleIn(filters.hiddenAppels, w.code, !ev.target.checked),
                    })
                  }
                />
                <span className="check__label">
                  {waveLabel(w, lang)}
                  <span className="check__hint">
                    {' '}
                    · {partialDate(w.date, lang)}
                    {!w.funded && <> · {t('waveAccompanied')}</>}
                    {filters.year !== null && w.date.year > filters.year && (
                      <> · {t('waveAfterYear', { year: filters.year })}</>
                    )}
                  </span>
                </span>
                <span className="check__count">{waveCounts.get(w.code) ?? 0}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('sectorsLegend')}</legend>
        <div className="filters__bulk">
          <button type="button" onClick={() => setFilters({ hiddenSectors: [] })}>
            {t('all')}
          </button>
          <button
            type="button"
            onClick={() => setFilters({ hiddenSectors: entries.map((e) => e.key) })}
          >
            {t('none')}
          </button>
        </div>
        <ul className="filters__list">
          {entries.map((e) => (
            <li key={e.key}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={!hidden.has(e.key)}
                  data-sector={e.key}
                  onChange={(ev) =>
                    setFilters({
                      hiddenSectors: toggleIn(filters.hiddenSectors, e.key, !ev.target.checked),
                    })
                  }
                />
                <SectorSymbol sector={e.key} />
                <span className="check__label">{e.label}</span>
                <span className="check__count">{counts.get(e.key) ?? 0}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label className="check check--single">
        <input
          type="checkbox"
          checked={filters.onlyMembres}
          aria-describedby="membres-hint"
          onChange={(ev) => setFilters({ onlyMembres: ev.target.checked })}
        />
        <span className="check__label">{t('membresLabel')}</span>
      </label>
      <p id="membres-hint" className="hint">
        {t('membresHint')}
      </p>
      <QpvFilterFieldset poles={data.poles} />
    </section>
  );
}
