import { describe, expect, it } from 'vitest';
import { ONLINE_TILES, TILE_ORIGINS, tileUrl } from './online-tiles';

describe('online tiles', () => {
  it('builds OpenStreetMap and Géoplateforme WMTS tile URLs', () => {
    expect(tileUrl(ONLINE_TILES.osm, 16, 11, 5)).toBe('https://tile.openstreetmap.org/5/16/11.png');
    const ign = new URL(tileUrl(ONLINE_TILES.ign, 16, 11, 5));
    expect(ign.origin).toBe('https://data.geopf.fr');
    expect(Object.fromEntries(ign.searchParams)).toMatchObject({
      SERVICE: 'WMTS',
      REQUEST: 'GetTile',
      LAYER: 'GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2',
      TILEMATRIXSET: 'PM',
      TILEMATRIX: '5',
      TILECOL: '16',
      TILEROW: '11',
    });
  });

  it('lists the two tile origins for the Content-Security-Policy', () => {
    expect(TILE_ORIGINS).toEqual(['https://tile.openstreetmap.org', 'https://data.geopf.fr']);
  });
});
