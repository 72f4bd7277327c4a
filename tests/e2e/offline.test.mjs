// The installed, offline app: manifest and icons, the service worker taking over after the
// first visit, a reload with the network off, the communes and QPV seen (or not) before, the
// imported layers, and the notice of a new version. dist/ is served as in production
// (scripts/serve-dist.mjs: its headers and Content-Security-Policy). These contexts never use
// `route()`: a routed request can bypass the service worker.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startStaticServer } from '../../scripts/serve-dist.mjs';
import { chromium } from 'playwright-core';
import {
  CHROME_FLAGS,
  chromePath,
  launch,
  noAxeViolation,
  openPage,
  waitForMarkers,
} from './harness.mjs';
import { locatedPoles } from './reference-data.mjs';

const located = locatedPoles();
// Dijon (Côte-d'Or, 21) and Périgueux (Dordogne, 24) at commune scale.
const DIJON = '?map=12/47.322/5.041';
const PERIGUEUX = '?map=12/45.184/0.721';
// What cannot load offline when it was never stored: the page says so, and Chromium logs it.
const NEVER_STORED = [/communes-\w+\.geojson/, /qpv-2024-points/, /Failed to load resource/];

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** A server on `root` for the tests of one describe block. */
function serve(root = 'dist') {
  const env = {};
  before(async () => {
    env.server = await startStaticServer({ root });
  });
  after(() => env.server?.close());
  return env;
}

/**
 * A first visit in a fresh context, with the service worker allowed; resolves once the worker
 * is active and controls the page (clients.claim: no reload needed).
 */
async function firstVisit(url, options = {}) {
  const session = await openPage(browser, url, { serviceWorkers: 'allow', ...options });
  await waitForMarkers(session.page, located.length);
  await session.page.evaluate(() => navigator.serviceWorker.ready);
  await session.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return session;
}

/** The URLs stored in every cache of the page's origin. */
const cachedUrls = (page) =>
  page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      urls.push(...(await cache.keys()).map((r) => r.url));
    }
    return urls;
  });

/** The alerts that say something (LoadStatus keeps an empty alert region on the page). */
const alerts = async (page) =>
  (await page.getByRole('alert').allInnerTexts()).filter((t) => t.trim() !== '');

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG signature');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

const communesShown = (page, dep) =>
  page.waitForFunction(
    (d) =>
      (document.querySelector('.leaflet-container')?.dataset.communesDrawn ?? '')
        .split(' ')
        .includes(d),
    dep,
    { timeout: 15000 },
  );

describe('installable', () => {
  const env = serve();

  test('the manifest and its icons are served and valid, the sizes as declared; Chromium finds it installable', async () => {
    // A profile of its own: Chromium never offers to install from an incognito context, which
    // is what browser.newContext() gives.
    const profile = mkdtempSync(join(tmpdir(), 'ptce-install-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromePath(),
      args: CHROME_FLAGS,
      headless: true,
      serviceWorkers: 'allow',
    });
    after(() => rmSync(profile, { recursive: true, force: true }));
    const page = context.pages()[0] ?? (await context.newPage());
    const errorsSeen = [];
    page.on('console', (m) => m.type() === 'error' && errorsSeen.push(m.text()));
    page.on('pageerror', (e) => errorsSeen.push(e.message));
    await page.goto(env.server.url);
    await waitForMarkers(page, located.length);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const href = await page.$eval('link[rel="manifest"]', (l) => l.href);
    const res = await page.request.get(href);
    assert.match(res.headers()['content-type'], /^application\/manifest\+json/);
    assert.equal(res.headers()['cache-control'], 'no-cache, max-age=0');
    const manifest = await res.json();
    assert.equal(manifest.name, 'Carte des PTCE');
    assert.ok(manifest.short_name && manifest.short_name.length <= 12, manifest.short_name);
    assert.equal(manifest.display, 'standalone');
    assert.equal(new URL(manifest.start_url, href).href, env.server.url);
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
    assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
    const sizes = [];
    for (const icon of manifest.icons) {
      const file = await page.request.get(new URL(icon.src, href).href);
      assert.equal(file.status(), 200, icon.src);
      assert.equal(file.headers()['content-type'], 'image/png', icon.src);
      assert.equal(pngSize(await file.body()), icon.sizes, icon.src);
      sizes.push(`${icon.sizes} ${icon.purpose}`);
    }
    assert.deepEqual(sizes.sort(), ['192x192 any', '512x512 any', '512x512 maskable']);
    // What Chrome itself checks before offering to install (Lighthouse 12 no longer has an
    // installability audit: Page.getInstallabilityErrors is what its former audit read).
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const { url: manifestUrl, errors } = await cdp.send('Page.getAppManifest');
    assert.equal(manifestUrl, href);
    assert.deepEqual(errors, []);
    const sw = await page.request.get(new URL('sw.js', env.server.url).href);
    assert.equal(sw.headers()['cache-control'], 'no-cache, max-age=0');
    assert.deepEqual(errorsSeen, []);
    await context.close();
  });
});

describe('offline after the first visit', () => {
  const env = serve();

  test('the worker controls the page; with the network off a reload shows the poles, a filter works, details open, poles are found', async () => {
    const { page, context, problems } = await firstVisit(env.server.url, {
      beforeGoto: (p) =>
        p.addInitScript(() => {
          window.__csp = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            window.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`),
          );
        }),
    });
    await page.reload();
    await waitForMarkers(page, located.length);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.state), 'activated');

    await context.setOffline(true);
    await page.reload();
    await waitForMarkers(page, located.length);
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    // The static first paint is the precached page: the list of every pole is there too.
    assert.ok((await page.locator('.pole-list__item').count()) >= located.length);

    const sectorsOf = (p) => (p.secteurs ? p.secteurs.split('|') : ['__none__']);
    const withoutCulture = located.filter((p) => sectorsOf(p).some((s) => s !== 'culture'));
    await page.locator('input[data-sector="culture"]').uncheck();
    await waitForMarkers(page, withoutCulture.length);
    await page.locator('input[data-sector="culture"]').check();
    await waitForMarkers(page, located.length);

    const pole = located[0];
    await page.locator('.pole-list__item', { hasText: pole.nom }).first().click();
    await page.getByRole('region', { name: pole.nom }).waitFor();

    const box = page.getByRole('combobox', { name: 'Rechercher' });
    await box.fill(pole.nom.slice(0, 8));
    await page.getByRole('option').filter({ hasText: pole.nom }).first().waitFor();
    await box.fill('');

    await noAxeViolation(page, 'offline');
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    // The commune search files were never stored: the search says so, nothing else fails.
    // (nor the communes around the pole the details zoomed to).
    const left = (await problems()).filter(
      (p) =>
        !/communes-centres|communes-codes-postaux|communes-\w+\.geojson|Failed to load resource/.test(
          p,
        ),
    );
    assert.deepEqual(left, []);
    await context.close();
  });

  test('a département seen online keeps its communes offline; one never seen says so in one status line; tiles are never stored', async () => {
    const { page, context, problems } = await firstVisit(env.server.url, {
      allowFailures: [...NEVER_STORED, /data\.geopf\.fr/],
    });
    await page.goto(env.server.url + DIJON);
    await communesShown(page, '21');
    await page.waitForFunction(
      async () =>
        (await (await caches.open('ptce-communes')).keys()).some((r) =>
          r.url.endsWith('/communes-21.geojson'),
        ),
      null,
      { polling: 200, timeout: 10000 },
    );

    await context.setOffline(true);
    await page.reload();
    await waitForMarkers(page, located.length);
    await communesShown(page, '21');
    assert.equal(await page.locator('[data-communes-offline]').innerText(), '');

    await page.goto(env.server.url + PERIGUEUX);
    await waitForMarkers(page, located.length);
    const note = page.getByRole('status').filter({ hasText: 'ne sont pas disponibles hors ligne' });
    await note.waitFor();
    assert.equal(await note.count(), 1);
    assert.match(await note.innerText(), /^Les communes de ces? départements? \(.*Dordogne, 24/);
    // Not an error: no alert.
    assert.deepEqual(await alerts(page), []);

    // Back online, the département is fetched again and the line goes.
    await context.setOffline(false);
    await communesShown(page, '24');
    await page.waitForFunction(
      () => document.querySelector('[data-communes-offline]')?.textContent === '',
    );

    // A tile of the IGN plan goes past the worker (it fails here: no internet) and is not kept.
    await page.evaluate(
      () =>
        new Promise((done) => {
          const img = new Image();
          img.onload = img.onerror = done;
          img.src =
            'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&FORMAT=image/png&TILEMATRIXSET=PM&TILEMATRIX=12&TILEROW=1400&TILECOL=2100';
        }),
    );
    const origin = new URL(env.server.url).origin;
    const urls = await cachedUrls(page);
    assert.ok(urls.length > 20, `${urls.length} cached`);
    assert.deepEqual(
      urls.filter((u) => new URL(u).origin !== origin),
      [],
    );
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('QPV never loaded: one status line offline instead of an error; imported layers stay', async () => {
    const { page, context, problems } = await firstVisit(env.server.url, {
      allowFailures: NEVER_STORED,
    });
    await page.setInputFiles('#import-file', 'src/import/fixtures/ptce-fr.csv');
    await page.locator('.leaflet-marker-icon.imported-marker').first().waitFor();
    const imported = await page.locator('.leaflet-marker-icon.imported-marker').count();

    await context.setOffline(true);
    await page.reload();
    await waitForMarkers(page, located.length);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.leaflet-marker-icon.imported-marker').length === n,
      imported,
    );

    await page.getByRole('switch', { name: 'Quartiers prioritaires (QPV)' }).click();
    const note = page.getByRole('status').filter({ hasText: 'ne sont pas disponibles hors ligne' });
    await note.waitFor();
    assert.match(await note.innerText(), /quartiers prioritaires/);
    assert.deepEqual(await alerts(page), []);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('a new version', () => {
  // A copy of dist/ that the tests turn into a "new build" on the server's disk.
  const root = mkdtempSync(join(tmpdir(), 'ptce-offline-'));
  cpSync('dist', root, { recursive: true });
  after(() => rmSync(root, { recursive: true, force: true }));
  const env = serve(root);

  /** Rewrites sw.js (and drops its compressed copies, which the server would send instead). */
  function patchWorker(edit) {
    const file = join(root, 'sw.js');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    for (const ext of ['.br', '.gz']) rmSync(file + ext, { force: true });
  }

  const openSources = async (page) => {
    const sources = page.locator('details.sources');
    if (!(await sources.evaluate((d) => d.open))) await sources.locator('summary').click();
    return sources.locator('[data-data-date]').innerText();
  };

  test('a broken update is never offered and the current version keeps serving', async () => {
    const { page, context, problems } = await firstVisit(env.server.url);
    const original = readFileSync(join(root, 'sw.js'), 'utf8');
    // A precache entry the server does not have: the new worker cannot install.
    patchWorker((sw) =>
      sw.replace('{url:"index.html"', '{url:"data/absent.csv",revision:"x"},{url:"index.html"'),
    );
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg.update();
      const worker = reg.installing;
      if (!worker) return 'no install';
      if (worker.state !== 'redundant')
        await new Promise((r) =>
          worker.addEventListener('statechange', () => worker.state === 'redundant' && r()),
        );
      return `${worker.state} waiting=${reg.waiting !== null}`;
    });
    assert.equal(state, 'redundant waiting=false');
    await page.reload();
    await waitForMarkers(page, located.length);
    assert.equal(await page.locator('[data-update]').count(), 0);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
    patchWorker(() => original);
    assert.deepEqual(
      (await problems()).filter((p) => !/absent\.csv/.test(p)),
      [],
    );
    await context.close();
  });

  test('a new build (new data) is announced with a reload button and shown only once asked', async () => {
    const { page, context, problems } = await firstVisit(env.server.url);
    const before = await openSources(page);
    assert.match(before, /^Données du \d{1,2} \S+ \d{4}\.$/);

    // The new build: another date of the data, and the worker that names its new revision.
    const versionFile = join(root, 'data/version.json');
    writeFileSync(versionFile, JSON.stringify({ date: '2031-01-15', basis: 'commit' }));
    for (const ext of ['.br', '.gz']) rmSync(versionFile + ext, { force: true });
    patchWorker((sw) => {
      const patched = sw.replace(
        /\{url:"data\/version\.json",revision:"[^"]*"\}/,
        '{url:"data/version.json",revision:"new-build"}',
      );
      assert.notEqual(patched, sw, 'sw.js names data/version.json');
      return patched;
    });

    // The browser checks the worker at each navigation: the new one installs, then waits.
    await page.reload();
    await waitForMarkers(page, located.length);
    const notice = page.getByRole('status').filter({ hasText: 'Une nouvelle version' });
    await notice.waitFor({ timeout: 15000 });
    // Nothing swapped meanwhile: the page still shows the data it opened with.
    assert.equal(await openSources(page), before);
    await noAxeViolation(page, 'update notice');
    // A second tab of the app, open meanwhile, is told as well.
    const other = await context.newPage();
    await other.goto(env.server.url);
    await waitForMarkers(other, located.length);
    const otherNotice = other.getByRole('status').filter({ hasText: 'Une nouvelle version' });
    await otherNotice.waitFor();
    assert.equal(await openSources(other), before);

    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: 'Recharger' }).click(),
    ]);
    await waitForMarkers(page, located.length);
    assert.equal(await openSources(page), 'Données du 15 janvier 2031.');
    assert.equal(await page.locator('[data-update]').count(), 0);
    // The other tab still shows what it opened with until its own button is pressed.
    assert.equal(await other.locator('[data-data-date]').innerText(), before);
    await Promise.all([
      other.waitForEvent('load'),
      otherNotice.getByRole('button', { name: 'Recharger' }).click(),
    ]);
    await waitForMarkers(other, located.length);
    assert.equal(await openSources(other), 'Données du 15 janvier 2031.');
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});
