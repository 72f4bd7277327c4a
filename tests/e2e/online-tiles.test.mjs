// The opt-in online basemaps and the Content-Security-Policy. Tile requests never reach the
// network: they are failed with route.abort or answered with a generated PNG.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { e2eSuite, noAxeViolation, waitForMarkers } from './harness.mjs';
import { locatedPoles } from './reference-data.mjs';
import { solidPng } from './solid-png.mjs';

const located = locatedPoles();
const OSM = 'https://tile.openstreetmap.org/**';
const IGN = 'https://data.geopf.fr/wmts**';
const TILE = solidPng(256, [120, 170, 120]);
const FAILED = 'Les tuiles OpenStreetMap ne se chargent pas : retour au fond embarqué.';
const { open } = e2eSuite();

/** Records CSP violations from the very first script on. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
}

const radio = (page, name) => page.getByRole('radio', { name, exact: true });
/** The radios are folded behind a "Fond de carte" summary. */
async function openSwitcher(page, name = 'Fond de carte') {
  await page.locator('.basemap-switcher summary', { hasText: name }).click();
}
const consoleErrors = (page) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
};

describe('the basemap switcher', () => {
  test('is a labelled group of radio buttons, embedded basemap first and checked, keyboard operable', async () => {
    const tiles = [];
    const { page, problems, context } = await open({
      beforeGoto: (p) =>
        p.route(OSM, (r) => {
          tiles.push(r.request().url());
          return r.fulfill({ status: 200, contentType: 'image/png', body: TILE });
        }),
    });
    await waitForMarkers(page, located.length);
    // Folded at first: a summary button opens it, from the keyboard too.
    assert.equal(await page.locator('input[name="basemap"]').first().isVisible(), false);
    const summary = page.locator('.basemap-switcher summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const group = page.getByRole('group', { name: 'Fond de carte' });
    await group.waitFor();
    assert.deepEqual(
      await group.getByRole('radio').evaluateAll((rs) => rs.map((r) => r.labels[0].innerText)),
      ['Fond embarqué (hors ligne)', 'OpenStreetMap (en ligne)', 'IGN Plan (en ligne)'],
    );
    assert.equal(await radio(page, 'Fond embarqué (hors ligne)').isChecked(), true);
    // Nothing is requested from a tile host until it is chosen.
    assert.deepEqual(tiles, []);
    await page.keyboard.press('Tab');
    assert.equal(
      await radio(page, 'Fond embarqué (hors ligne)').evaluate(
        (el) => el === document.activeElement,
      ),
      true,
    );
    await page.keyboard.press('ArrowDown');
    assert.equal(await radio(page, 'OpenStreetMap (en ligne)').isChecked(), true);
    await page.locator('.leaflet-tile-loaded').first().waitFor();
    assert.ok(tiles.length > 0);
    assert.match(await page.locator('.leaflet-control-attribution').innerText(), /OpenStreetMap/);
    await noAxeViolation(page);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('tiles that fail: one message, back to the embedded basemap, one failed request', async () => {
    const requests = [];
    const { page, context } = await open({
      allowFailures: [/tile\.openstreetmap\.org/, /Failed to load resource/],
      beforeGoto: (p) =>
        p.route(OSM, (r) => {
          requests.push(r.request().url());
          return r.abort('namenotresolved');
        }),
    });
    const errors = consoleErrors(page);
    await waitForMarkers(page, located.length);
    await openSwitcher(page);
    // click, not check: the radio flips back as soon as the tiles fail.
    await radio(page, 'OpenStreetMap (en ligne)').click();
    const status = page.getByRole('status').getByText(FAILED);
    await status.waitFor();
    assert.equal(await radio(page, 'Fond embarqué (hors ligne)').isChecked(), true);
    assert.equal(await radio(page, 'OpenStreetMap (en ligne)').isChecked(), false);
    // Moving the map afterwards asks for no tile.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.mouse.move(800, 400);
    await page.mouse.down();
    await page.mouse.move(600, 300, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(500);
    assert.equal(await page.getByText(FAILED).count(), 1, 'said once');
    assert.equal(await page.locator('.leaflet-tile').count(), 0);
    assert.ok(requests.length <= 2, `${requests.length} tile requests`);
    assert.ok(errors.length < 5, `${errors.length} console errors: ${errors.join(' | ')}`);
    await noAxeViolation(page);
    // Choosing it again tries again (and fails again, once).
    await radio(page, 'OpenStreetMap (en ligne)').click();
    await page.waitForFunction(() => document.querySelector('input[value="embedded"]').checked);
    await status.waitFor();
    assert.ok(requests.length <= 4, `${requests.length} tile requests`);
    await context.close();
  });

  test('tiles that stop loading after a while: dropped after a few errors, and no more requests', async () => {
    let served = 0;
    let failed = 0;
    const { page, context } = await open({
      allowFailures: [/tile\.openstreetmap\.org/, /Failed to load resource/],
      beforeGoto: (p) =>
        p.route(OSM, (r) => {
          // The first tile (the probe) loads; the network is gone for every other one.
          if (served === 0) {
            served++;
            return r.fulfill({ status: 200, contentType: 'image/png', body: TILE });
          }
          failed++;
          return r.abort('internetdisconnected');
        }),
    });
    const errors = consoleErrors(page);
    await waitForMarkers(page, located.length);
    await openSwitcher(page);
    await radio(page, 'OpenStreetMap (en ligne)').click();
    await page.getByText(FAILED).waitFor();
    assert.equal(await radio(page, 'Fond embarqué (hors ligne)').isChecked(), true);
    const failedAtFallback = failed;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(800);
    assert.equal(failed, failedAtFallback, 'no tile requested after the fallback');
    // One screenful at most, never a stream of errors.
    assert.ok(errors.length <= 30, `${errors.length} console errors`);
    await context.close();
  });

  test('IGN Plan: WMTS tiles over the embedded basemap, attributed; back to embedded removes them', async () => {
    const urls = [];
    const { page, problems, context } = await open({
      beforeGoto: (p) =>
        p.route(IGN, (r) => {
          urls.push(new URL(r.request().url()));
          return r.fulfill({ status: 200, contentType: 'image/png', body: TILE });
        }),
    });
    await waitForMarkers(page, located.length);
    await openSwitcher(page);
    await radio(page, 'IGN Plan (en ligne)').check();
    await page.locator('.leaflet-ptce-online-tiles-pane .leaflet-tile-loaded').first().waitFor();
    const params = Object.fromEntries(urls.at(-1).searchParams);
    assert.equal(params.LAYER, 'GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2');
    assert.equal(params.TILEMATRIXSET, 'PM');
    assert.match(await page.locator('.leaflet-control-attribution').innerText(), /IGN – Plan IGN/);
    // The tiles sit above the embedded basemap and below the markers and neighbourhoods.
    const order = await page.evaluate(() => {
      const z = (sel) => Number(getComputedStyle(document.querySelector(sel)).zIndex);
      return {
        basemap: z('.leaflet-ptce-basemap-pane'),
        tiles: z('.leaflet-ptce-online-tiles-pane'),
        tilesInOverlay: !!document.querySelector(
          '.leaflet-overlay-pane .leaflet-ptce-online-tiles-pane',
        ),
        basemapCanvas: !!document.querySelector('.leaflet-ptce-basemap-pane canvas'),
      };
    });
    assert.deepEqual(order, { basemap: 50, tiles: 60, tilesInOverlay: true, basemapCanvas: true });
    // Markers are still on top and usable.
    await page.locator('.leaflet-marker-icon[aria-label="Coopaxis"]').click();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    await page.keyboard.press('Escape');
    await noAxeViolation(page);
    await radio(page, 'Fond embarqué (hors ligne)').check();
    await page.waitForFunction(() => !document.querySelector('.leaflet-tile'));
    assert.doesNotMatch(await page.locator('.leaflet-control-attribution').innerText(), /Plan IGN/);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('speaks English too', async () => {
    const { page, context } = await open({
      allowFailures: [/tile\.openstreetmap\.org/, /Failed to load resource/],
      beforeGoto: (p) => p.route(OSM, (r) => r.abort('namenotresolved')),
    });
    await waitForMarkers(page, located.length);
    await page.getByRole('button', { name: 'English' }).click();
    await openSwitcher(page, 'Basemap');
    await page.getByRole('group', { name: 'Basemap' }).waitFor();
    await radio(page, 'OpenStreetMap (online)').click();
    await page
      .getByRole('status')
      .getByText('The OpenStreetMap tiles do not load: back to the embedded basemap.')
      .waitFor();
    assert.equal(await radio(page, 'Embedded basemap (offline)').isChecked(), true);
    await context.close();
  });
});

describe('the Content-Security-Policy', () => {
  test('is in the production index.html, with no inline script and connections to the origin only', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(csp, 'CSP meta present');
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...sources] = d.trim().split(/\s+/);
        return [name, sources.join(' ')];
      }),
    );
    assert.equal(directives['script-src'], "'self'");
    assert.equal(directives['connect-src'], "'self'");
    assert.equal(directives['object-src'], "'none'");
    assert.equal(
      directives['img-src'],
      "'self' data: blob: https://tile.openstreetmap.org https://data.geopf.fr",
    );
    assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'no inline script');
    // The policy comes before any script or stylesheet, which it would not govern otherwise.
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'));
  });

  test('a full session reports no violation', async () => {
    const { page, problems, context } = await open({
      beforeGoto: async (p) => {
        await recordViolations(p);
        await p.route(IGN, (r) => r.fulfill({ status: 200, contentType: 'image/png', body: TILE }));
      },
    });
    await waitForMarkers(page, located.length);
    await page.locator('.leaflet-marker-icon[aria-label="La Coursive Boutaric"]').click();
    await page.getByRole('region', { name: 'La Coursive Boutaric' }).waitFor();
    await page.getByRole('button', { name: 'Fermer les détails' }).click();
    await page.locator('input[data-sector="culture"]').uncheck();
    await page.getByRole('button', { name: 'Tout', exact: true }).click();
    await page.locator('.data-report summary').click();
    await page.getByRole('button', { name: 'Martinique' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await openSwitcher(page);
    await radio(page, 'IGN Plan (en ligne)').check();
    await page.locator('.leaflet-tile-loaded').first().waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Français' }).click();
    await page.locator('.pole-list__item', { hasText: 'Coopaxis' }).click();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('is enforced: an outside connection and an injected inline script are blocked and reported', async () => {
    const { page, context } = await open({
      allowFailures: [/Content Security Policy/, /Refused to/, /Failed to fetch/],
      beforeGoto: recordViolations,
    });
    await waitForMarkers(page, located.length);
    const fetched = await page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    assert.equal(fetched, 'blocked');
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.append(s);
      return window.__injected === true;
    });
    assert.equal(ran, false);
    await page.waitForFunction(() => window.__csp.length >= 2);
    const violations = await page.evaluate(() => window.__csp);
    assert.ok(
      violations.some((v) => v.startsWith('connect-src https://example.org')),
      violations.join(),
    );
    assert.ok(
      violations.some((v) => v.startsWith('script-src-elem inline')),
      violations.join(),
    );
    await context.close();
  });
});
