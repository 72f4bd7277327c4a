import { useMemo } from 'react';
import { waveLabel } from '../data/waves';
import { useAppStore } from '../state/store';
import { useT } from '../state/use-t';
import { QpvLegendItem } from './qpv/QpvLegendItem';
import { SectorSymbol } from './SectorSymbol';

/** What the marker styles mean; sector symbols are shown beside the sector filters. */
export function Legend() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const waves = useAppStore((s) => (s.poles.state === 'ready' ? s.poles.value.waves : null));
  const unfunded = useMemo(() => waves?.filter((w) => !w.funded) ?? null, [waves]);
  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legendTitle')}</h2>
      <ul>
        <li>
          <SectorSymbol sector="culture" />
          <span>{t('legendExact')}</span>
        </li>
        <li>
          <SectorSymbol sector="culture" approximate />
          <span>{t('legendApprox')}</span>
        </li>
        {unfunded && unfunded.length > 0 && (
          <li>
            <SectorSymbol sector="culture" accompanied />
            <span>
              {t('legendAccompanied', {
                waves: unfunded.map((w) => waveLabel(w, lang)).join(' ; '),
              })}
            </span>
          </li>
        )}
        <li>
          <svg
            className="sector-symbol"
            viewBox="0 0 20 20"
            width="20"
            height="20"
            aria-hidden="true"
          >
            <rect
              x="2"
              y="4"
              width="16"
              height="12"
              fill="#E69F00"
              fillOpacity="0.25"
              stroke="#B3400B"
              strokeWidth="2"
            />
          </svg>
          <span>{t('legendQuartier')}</span>
        </li>
        <QpvLegendItem />
      </ul>
    </section>
  );
}
