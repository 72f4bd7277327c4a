// dist/ served as deploy/nginx.conf serves it, by the equivalent Node server of
// scripts/serve-dist.mjs: headers, caching, precompressed files, and the app working under the
// Content-Security-Policy sent as a real header.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startStaticServer } from '../../scripts/serve-dist.mjs';
import { launch, openPage, waitForMarkers, LOCATED } from './harness.mjs';

let server;
before(async () => {
  server = await startStaticServer({ root: 'dist' });
});
after(() => server?.close());

/** A raw GET (no automatic decompression): status, headers and the bytes as sent. */
function get(path, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
    request(new URL(path, server.url), { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const mainScript = () =>
  /src="\.\/assets\/(index-[^"]+\.js)"/.exec(readFileSync('dist/index.html', 'utf8'))[1];

describe('serving dist/', () => {
  test('the build wrote .br and .gz next to every text asset (JS, CSS, CSV, GeoJSON)', () => {
    const text = [...walk('dist')].filter(
      (f) => /\.(js|css|csv|geojson|json|html)$/.test(f) && statSync(f).size >= 1024,
    );
    assert.ok(text.some((f) => f.endsWith('.geojson')) && text.some((f) => f.endsWith('.js')));
    for (const file of text) {
      assert.deepEqual(brotliDecompressSync(readFileSync(`${file}.br`)), readFileSync(file), file);
      assert.deepEqual(gunzipSync(readFileSync(`${file}.gz`)), readFileSync(file), file);
    }
  });

  test('the page: brotli when accepted, never cached without a check, the CSP and frame-ancestors as headers', async () => {
    const res = await get('/', 'gzip, deflate, br');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], 'br');
    assert.equal(res.headers['vary'], 'Accept-Encoding');
    assert.match(res.headers['content-type'], /^text\/html/);
    assert.equal(res.headers['cache-control'], 'no-cache');
    assert.deepEqual(brotliDecompressSync(res.body), readFileSync('dist/index.html'));
    const csp = res.headers['content-security-policy'];
    assert.match(csp, /(^|; )script-src 'self'(;|$)/);
    assert.match(csp, /(^|; )frame-ancestors 'self' https:(;|$)/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });

  test('hashed assets are immutable for a year; gzip when brotli is not accepted, identity when neither is', async () => {
    const file = mainScript();
    const gz = await get(`/assets/${file}`, 'gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gz.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(gz.headers['content-type'], /^text\/javascript/);
    assert.deepEqual(gunzipSync(gz.body), readFileSync(`dist/assets/${file}`));
    const plain = await get(`/assets/${file}`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, readFileSync(`dist/assets/${file}`));
    const refused = await get(`/assets/${file}`, 'br;q=0, gzip;q=0');
    assert.equal(refused.headers['content-encoding'], undefined);
  });

  test('data files: their own types, a short cache, compressed', async () => {
    const csv = await get('/data/ptce.csv', 'br');
    assert.match(csv.headers['content-type'], /^text\/csv/);
    assert.equal(csv.headers['cache-control'], 'public, max-age=300, must-revalidate');
    assert.equal(csv.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(csv.body), readFileSync('dist/data/ptce.csv'));
    const geo = await get('/data/regions.geojson', 'gzip');
    assert.match(geo.headers['content-type'], /^application\/geo\+json/);
    assert.equal(geo.headers['content-encoding'], 'gzip');
    assert.ok(geo.body.length < statSync('dist/data/regions.geojson').size / 3);
  });

  test('the service worker and the manifest: never cached for long, their own types, compressed', async () => {
    const sw = await get('/sw.js', 'br');
    assert.equal(sw.status, 200);
    assert.equal(sw.headers['cache-control'], 'no-cache, max-age=0');
    assert.match(sw.headers['content-type'], /^text\/javascript/);
    assert.equal(sw.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(sw.body), readFileSync('dist/sw.js'));
    assert.match(sw.headers['content-security-policy'], /(^|; )worker-src 'self' blob:(;|$)/);
    const manifest = await get('/manifest.webmanifest');
    assert.equal(manifest.headers['cache-control'], 'no-cache, max-age=0');
    assert.match(manifest.headers['content-type'], /^application\/manifest\+json/);
    assert.equal(JSON.parse(manifest.body.toString()).display, 'standalone');
    const csp = (await get('/')).headers['content-security-policy'];
    assert.match(csp, /(^|; )manifest-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  });

  test('a missing file is a 404, not the page; nothing outside dist/ is served', async () => {
    for (const path of [
      '/data/nothere.csv',
      '/assets/x.js',
      '/%2e%2e/package.json',
      '/data/ptce.csv.br',
    ]) {
      const res = await get(path, 'br');
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(res.body.toString(), /<html/i, path);
    }
  });

  test('the app works under the header policy: markers, basemap, no violation nor console error', async () => {
    const browser = await launch();
    try {
      const { page, problems, context } = await openPage(browser, server.url, {
        // With the service worker: its registration and its manifest under the header policy.
        serviceWorkers: 'allow',
        beforeGoto: (p) =>
          p.addInitScript(() => {
            window.__csp = [];
            document.addEventListener('securitypolicyviolation', (e) =>
              window.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`),
            );
          }),
      });
      await waitForMarkers(page, LOCATED);
      await page.locator('.leaflet-marker-icon[aria-label="Coopaxis"]').click();
      await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
      await page.waitForLoadState('networkidle');
      assert.ok(await page.evaluate(async () => (await navigator.serviceWorker.ready).active));
      assert.deepEqual(await page.evaluate(() => window.__csp), []);
      assert.deepEqual(await problems(), []);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
