import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ONLINE_TILES } from '../src/map/online-tiles';
import { NOT_THE_APP, PRECACHED, RUNTIME_CACHES, manifest } from './offline-app';

const cacheOf = (url: string) => RUNTIME_CACHES.find((c) => c.pattern.test(url))?.name ?? null;

describe('the offline app', () => {
  it('precaches the files of the first screen', () => {
    const patterns = PRECACHED.join(' ');
    for (const file of ['ptce.csv', 'appels.csv', 'secteurs.csv', 'regions.geojson'])
      expect(patterns).toContain(file);
    // What a pole's details and the print stylesheet ask for, so that they work offline too.
    for (const file of ['territoires.json', 'epci.json', 'print.css'])
      expect(patterns).toContain(file);
    expect(patterns).toContain('departements.geojson');
    expect(PRECACHED).toContain('index.html');
    expect(PRECACHED).toContain('assets/*.{js,css}');
  });

  it('keeps communes and other data as they are used, each group capped', () => {
    expect(cacheOf('https://x.org/carte/data/communes/communes-2A.geojson')).toBe('ptce-communes');
    expect(cacheOf('https://x.org/data/communes/communes-971.geojson')).toBe('ptce-communes');
    expect(cacheOf('https://x.org/data/qpv-2024-simplifie.geojson')).toBe('ptce-data');
    expect(cacheOf('https://x.org/data/communes-centres.csv')).toBe('ptce-data');
    for (const c of RUNTIME_CACHES) expect(c.maxEntries).toBeGreaterThan(0);
  });

  it('never stores online tiles', () => {
    for (const tiles of Object.values(ONLINE_TILES)) {
      const url = tiles.url.replace('{z}', '12').replace('{x}', '2100').replace('{y}', '1400');
      expect(cacheOf(url)).toBeNull();
    }
  });

  it('sends a navigation to a data file (SOURCES.md in a tab) to the file, not the app', () => {
    expect(NOT_THE_APP.some((re) => re.test('/carte/data/SOURCES.md'))).toBe(true);
    expect(NOT_THE_APP.some((re) => re.test('/carte/?sel=coopaxis'))).toBe(false);
  });

  it('names icons that exist, at 192 and 512 px, one of them maskable', () => {
    const icons = manifest ? (manifest.icons ?? []) : [];
    const shipped = readdirSync('public/icons');
    for (const icon of icons) expect(shipped).toContain(icon.src.replace('icons/', ''));
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
    expect(manifest && manifest.display).toBe('standalone');
  });
});
