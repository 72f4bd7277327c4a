import { HOLLOW_CORE_TRANSFORM, sectorStyle } from '../map/sector-style';

/**
 * The map symbol of a sector, drawn in React for the filters, the list and the legends: filled
 * for a reference pole, outlined and smaller for an imported site (see map/imported-marker.ts).
 */
export function SectorSymbol({
  sector,
  approximate = false,
  imported = false,
  accompanied = false,
}: {
  sector?: string;
  approximate?: boolean;
  imported?: boolean;
  /** A pole of a wave without funding: an outline with a solid core, as on the map. */
  accompanied?: boolean;
}) {
  const style = sectorStyle(sector);
  const size = imported ? 16 : 20;
  return (
    <svg
      className="sector-symbol"
      viewBox="-1 -1 26 26"
      width={size}
      height={size}
      aria-hidden="true"
    >
      {approximate && (
        <circle
          cx="12"
          cy="12"
          r={imported ? 11.5 : 11}
          fill="none"
          stroke="#1a1a1a"
          strokeWidth={imported ? 1.8 : 1.6}
          strokeDasharray="3 2.2"
        />
      )}
      {accompanied ? (
        <>
          <path
            d={style.path}
            fill="#fff"
            stroke={style.color}
            strokeWidth={2.6}
            strokeLinejoin="round"
          />
          <path d={style.path} fill={style.color} transform={HOLLOW_CORE_TRANSFORM} />
        </>
      ) : (
        <path
          d={style.path}
          fill={imported ? '#fff' : style.color}
          stroke={imported ? style.color : '#fff'}
          strokeWidth={imported ? 4 : 1.8}
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}
