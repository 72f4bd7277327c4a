import { useId, useMemo } from 'react';
import { QPV_FILTER_CATEGORIES } from '../../analysis/qpv-relation';
import { qpvFilterCategoryLabel } from '../../analysis/qpv-relation-text';
import type { Pole } from '../../data/types';
import { useT } from '../../state/use-t';
import { countByQpvRelation, toggleIn } from '../../state/filters';
import { setFilters, useAppStore } from '../../state/store';
import { useFilterContext } from '../../state/use-filter-context';

/** "Relation aux QPV": in a QPV, within 1 km, farther, unknown; each with its count. */
export function QpvFilterFieldset({ poles }: { poles: readonly Pole[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const filters = useAppStore((s) => s.filters);
  const analysis = useAppStore((s) => s.qpvAnalysis.state);
  const analysed = useAppStore((s) => Object.keys(s.qpvRelations).length > 0);
  const context = useFilterContext();
  const counts = useMemo(
    () => countByQpvRelation(poles, filters, context),
    [poles, filters, context],
  );
  const statusId = useId();
  const note = analysed ? '' : analysis === 'error' ? t('qpvFilterFailed') : t('qpvFilterPending');

  return (
    <fieldset aria-describedby={statusId}>
      <legend>{t('qpvFilterLegend')}</legend>
      <ul className="filters__list">
        {QPV_FILTER_CATEGORIES.map((category) => (
          <li key={category}>
            <label className="check">
              <input
                type="checkbox"
                data-qpv-relation={category}
                checked={!filters.hiddenQpvRelations.includes(category)}
                onChange={(ev) =>
                  setFilters({
                    hiddenQpvRelations: toggleIn(
                      filters.hiddenQpvRelations,
                      category,
                      !ev.target.checked,
                    ),
                  })
                }
              />
              <span className={`qpv-swatch qpv-swatch--${category}`} aria-hidden="true" />
              <span className="check__label">{qpvFilterCategoryLabel(category, lang)}</span>
              <span className="check__count">{counts.get(category) ?? 0}</span>
            </label>
          </li>
        ))}
      </ul>
      <p id={statusId} role="status" className="hint">
        {note}
      </p>
    </fieldset>
  );
}
