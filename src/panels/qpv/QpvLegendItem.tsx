import { useT } from '../../state/use-t';

/** The symbol of the QPV layer: a dot at country scale, an outline from a regional zoom on. */
export function QpvLegendItem() {
  const t = useT();
  return (
    <li>
      <svg className="sector-symbol" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
        <rect
          x="2"
          y="4"
          width="16"
          height="12"
          fill="#8f6cc2"
          fillOpacity="0.28"
          stroke="#5e3c99"
          strokeWidth="1.5"
        />
        <circle cx="10" cy="10" r="3.5" fill="#6a3d9a" stroke="#ffffff" strokeWidth="1" />
      </svg>
      <span>{t('legendQpv')}</span>
    </li>
  );
}
