import { useId, useMemo } from 'react';
import type { PolesData } from '../data/load-reference';
import { yearRange } from '../data/waves';
import { setFilters, useAppStore } from '../state/store';
import { useT } from '../state/use-t';
import { useVisiblePoles } from '../state/use-visible-poles';
import { useYearPlay } from './use-year-play';

/**
 * The map as it stood at the end of a year: a slider from the first wave's year to the last
 * (the last is "every wave", the default), and a play button that steps through the years.
 */
export function YearControl({ data }: { data: PolesData }) {
  const t = useT();
  const year = useAppStore((s) => s.filters.year);
  const range = useMemo(() => yearRange(data.waves), [data.waves]);
  const { playing, setPlaying } = useYearPlay(range);
  const shown = useVisiblePoles(data.poles).length;
  const sliderId = useId();
  const statusId = useId();
  if (!range || range[0] === range[1]) return null;
  const [first, last] = range;
  const value = year ?? last;
  const valueText =
    year === null ? t('yearValueAll', { year: last }) : t('yearValue', { year: value });

  return (
    <fieldset className="year-control">
      <legend>{t('yearLegend')}</legend>
      <div className="year-control__row">
        <label htmlFor={sliderId}>{t('yearLabel')}</label>
        <input
          id={sliderId}
          type="range"
          min={first}
          max={last}
          step={1}
          value={value}
          aria-valuetext={valueText}
          aria-describedby={statusId}
          onChange={(e) => {
            setPlaying(false);
            const picked = Number(e.target.value);
            setFilters({ year: picked >= last ? null : picked });
          }}
        />
        <output htmlFor={sliderId} className="year-control__value">
          {value}
        </output>
      </div>
      <div className="year-control__row">
        <button type="button" aria-pressed={playing} onClick={() => setPlaying(!playing)}>
          {playing ? t('yearPause') : t('yearPlay')}
        </button>
        {year !== null && !playing && (
          <button type="button" onClick={() => setFilters({ year: null })}>
            {t('yearAll')}
          </button>
        )}
      </div>
      <p id={statusId} className="year-control__status">
        {year === null
          ? t('yearShownAll', { first, last })
          : t('yearShown', { year, count: shown })}
      </p>
    </fieldset>
  );
}
