/** [west, south, east, north] of a drawn territory outline. */
export type Box = [number, number, number, number];

let drawn: { code: string; box: Box } | null = null;

/**
 * The box of the territory outline on the map, if `code`'s is drawn: printing frames the
 * profile's map on it (src/app/use-printing.ts) without loading the outline's code.
 */
export function drawnTerritoryBox(code: string): Box | null {
  return drawn && drawn.code === code ? drawn.box : null;
}

/** Set by src/map/TerritoryOutline.tsx while it draws `code`, cleared (null) when it stops. */
export function setDrawnTerritoryBox(value: { code: string; box: Box } | null): void {
  drawn = value;
}
