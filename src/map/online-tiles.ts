// Imported by vite.config.ts for the Content-Security-Policy too: plain data, no DOM.

export type OnlineTilesId = 'osm' | 'ign';

export interface OnlineTiles {
  id: OnlineTilesId;
  /** Shown in messages; the switcher labels come from the translations. */
  name: string;
  /** Leaflet template with {z}, {x} and {y}. */
  url: string;
  /** HTML for Leaflet's attribution control: constants only, never data. */
  attribution: string;
  maxZoom: number;
}

export const ONLINE_TILES: Record<OnlineTilesId, OnlineTiles> = {
  osm: {
    id: 'osm',
    name: 'OpenStreetMap',
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution:
      '© <a href="https://www.openstreetmap.org/copyright">les contributeurs d’OpenStreetMap</a>',
    maxZoom: 19,
  },
  ign: {
    id: 'ign',
    name: 'IGN Plan',
    // Géoplateforme WMTS, Web Mercator pyramid "PM" (levels 0 to 19), no key needed.
    url:
      'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0' +
      '&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&FORMAT=image/png' +
      '&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
    attribution: '© <a href="https://www.ign.fr/">IGN</a> – Plan IGN (Géoplateforme)',
    maxZoom: 19,
  },
};

/** The origins the online tiles come from, for the Content-Security-Policy. */
export const TILE_ORIGINS: string[] = Object.values(ONLINE_TILES).map((t) => new URL(t.url).origin);

/** The URL of one tile; the template's placeholders are the only substitutions. */
export function tileUrl(tiles: OnlineTiles, x: number, y: number, z: number): string {
  return tiles.url.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
}
