import { sectorStyle } from '../../map/sector-style';

/** The map symbol of an imported site (see map/imported-marker.ts), for the legend. */
export function ImportedSymbol({
  sector,
  approximate = false,
}: {
  sector?: string;
  approximate?: boolean;
}) {
  const style = sectorStyle(sector);
  return (
    <svg className="sector-symbol" viewBox="-1 -1 26 26" width="16" height="16" aria-hidden="true">
      {approximate && (
        <circle
          cx="12"
          cy="12"
          r="11.5"
          fill="none"
          stroke="#1a1a1a"
          strokeWidth="1.8"
          strokeDasharray="3 2.2"
        />
      )}
      <path
        d={style.path}
        fill="#fff"
        stroke={style.color}
        strokeWidth="4"
        strokeLinejoin="round"
      />
    </svg>
  );
}
