import { sectorStyle } from '../map/sector-style';

/** The map symbol of a sector, drawn in React for the filters and the legend. */
export function SectorSymbol({
  sector,
  approximate = false,
}: {
  sector?: string;
  approximate?: boolean;
}) {
  const style = sectorStyle(sector);
  return (
    <svg className="sector-symbol" viewBox="-1 -1 26 26" width="20" height="20" aria-hidden="true">
      {approximate && (
        <circle
          cx="12"
          cy="12"
          r="11"
          fill="none"
          stroke="#1a1a1a"
          strokeWidth="1.6"
          strokeDasharray="3 2.2"
        />
      )}
      <path
        d={style.path}
        fill={style.color}
        stroke="#fff"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  );
}
