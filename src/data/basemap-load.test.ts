import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchBasemapShapes } from './basemap-load';
import { DataLoadError } from './fetch-data';

function serve(override: Record<string, () => Response> = {}) {
  const requested: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requested.push(url);
      const file = url.split('/').pop()!;
      if (override[file]) return override[file]();
      return new Response(readFileSync(`public/data/${file}`), {
        headers: { 'content-type': 'application/geo+json' },
      });
    }),
  );
  return requested;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchBasemapShapes', () => {
  it('projects both shipped files and reads the département names', async () => {
    const requested = serve();
    const settled: string[] = [];
    const shapes = await fetchBasemapShapes('https://example.test/app/', (f) => settled.push(f));
    expect(requested.sort()).toEqual([
      'https://example.test/app/data/departements.geojson',
      'https://example.test/app/data/regions.geojson',
    ]);
    expect(settled.sort()).toEqual(['departements.geojson', 'regions.geojson']);
    expect(shapes.departementNames['21']).toBe("Côte-d'Or");
    expect(shapes.departementNames['974']).toBe('La Réunion');
    expect(Object.keys(shapes.departementNames)).toHaveLength(101);
    expect(shapes.regions.ringStart.length).toBeGreaterThan(18);
  });

  it('names the file that failed, and still reports both as settled', async () => {
    serve({ 'regions.geojson': () => new Response('{"type":"FeatureCollection","feat') });
    const settled: string[] = [];
    const error = await fetchBasemapShapes('https://example.test/', (f) => settled.push(f)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error).toMatchObject({ file: 'regions.geojson', failure: { kind: 'truncated' } });
    await vi.waitFor(() =>
      expect(settled.sort()).toEqual(['departements.geojson', 'regions.geojson']),
    );
  });

  it('rejects a file that is JSON but not a FeatureCollection', async () => {
    serve({ 'departements.geojson': () => new Response('{"type":"Topology"}') });
    await expect(fetchBasemapShapes('https://example.test/')).rejects.toMatchObject({
      file: 'departements.geojson',
      failure: { kind: 'invalid' },
    });
  });
});
