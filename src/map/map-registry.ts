import type L from 'leaflet';

let mounted: L.Map | null = null;

/** The page's one map, once the app has it (src/map/PtceMapContainer.tsx): for the export. */
export function mountedMap(): L.Map | null {
  return mounted;
}

export function setMountedMap(map: L.Map | null): void {
  mounted = map;
}
