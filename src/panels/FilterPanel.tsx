import { useMemo } from 'react';
import type { PolesData } from '../data/load-reference';
import type { Appel } from '../data/types';
import { useT } from '../i18n/use-t';
import { NO_SECTOR, countByAppel, countBySector, toggleIn } from '../state/filters';
import { setFilters, useAppStore } from '../state/store';
import { useQpvCategories } from '../state/use-qpv-categories';
import { QpvFilterFieldset } from './qpv/QpvFilterFieldset';
import { useImportedSectors } from '../state/use-imported-sectors';
import { SectorSymbol } from './SectorSymbol';
import { sectorLabel } from './sector-label';

const APPELS: { key: Appel; label: 'call_AAP1_2014' | 'call_AAP2_2016' }[] = [
  { key: 'AAP1-2014', label: 'call_AAP1_2014' },
  { key: 'AAP2-2016', label: 'call_AAP2_2016' },
];

export function FilterPanel({ data }: { data: PolesData }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const filters = useAppStore((s) => s.filters);
  const qpvCategories = useQpvCategories();
  const imported = useImportedSectors();
  const counts = useMemo(() => {
    const c = countBySector(data.poles, filters, qpvCategories);
    for (const [k, n] of imported.counts) c.set(k, (c.get(k) ?? 0) + n);
    return c;
  }, [data.poles, filters, qpvCategories, imported.counts]);
  const appelCounts = useMemo(() => countByAppel(data.poles), [data.poles]);
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
      <fieldset>
        <legend>{t('callLegend')}</legend>
        <ul className="filters__list">
          {APPELS.map((a) => (
            <li key={a.key}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={!filters.hiddenAppels.includes(a.key)}
                  onChange={(ev) =>
                    setFilters({
                      hiddenAppels: toggleIn(filters.hiddenAppels, a.key, !ev.target.checked),
                    })
                  }
                />
                <span className="check__label">{t(a.label)}</span>
                <span className="check__count">{appelCounts.get(a.key) ?? 0}</span>
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
