import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  e2eSuite,
  marker,
  markerNames,
  noAxeViolation,
  waitForMarkers,
  LOCATED,
} from './harness.mjs';
import { locatedPoles, referencePoles } from './reference-data.mjs';

const all = referencePoles();
const located = locatedPoles();
const { open, ready } = e2eSuite();
const SANITAS = 'Dans le quartier prioritaire Sanitas (QN03709M)';

/** Every request of the page whose path matches `pattern`, by its first group. */
function recordRequests(page, pattern) {
  const names = [];
  page.on('request', (req) => {
    const m = pattern.exec(new URL(req.url()).pathname);
    if (m) names.push(m[1]);
  });
  return names;
}

/** Every data file the page asks for, by name. */
const recordDataRequests = (page) => recordRequests(page, /\/data\/([^/?]+)/);
/** Every script of assets/ the page asks for, by name without its hash. */
const recordScripts = (page) => recordRequests(page, /\/assets\/([^/]+)-[\w-]{8}\.js$/);

/** Opens the app with `record(page)` set before it loads; `requested` fills as the page asks. */
async function openRecording(record, options = {}) {
  let requested;
  const session = await open({
    ...options,
    beforeGoto: async (p) => {
      requested = record(p);
      await options.beforeGoto?.(p);
    },
  });
  return { ...session, requested };
}

describe('the relation to the QPV computed at build time', () => {
  test('a normal load never downloads the full QPV contours, and the details still say where the pole stands', async () => {
    const { page, problems, context, requested: files } = await openRecording(recordDataRequests);
    await waitForMarkers(page, LOCATED);
    await marker(page, 'Coopaxis').click();
    const details = page.getByRole('region', { name: 'Coopaxis' });
    await details.getByRole('button', { name: SANITAS }).waitFor();
    // The filter's counts come from the same relation.
    await page.waitForFunction(
      () =>
        document.querySelector('label:has(input[data-qpv-relation="in"]) .check__count')
          ?.textContent === '6',
    );
    await page.waitForLoadState('networkidle');
    assert.ok(files.includes('ptce-qpv.json'), files.join(', '));
    assert.ok(!files.includes('qpv-2024.geojson'), files.join(', '));
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('when ptce.csv no longer matches the build, the worker relates the poles from the contours', async () => {
    const {
      page,
      problems,
      context,
      requested: files,
    } = await openRecording(recordDataRequests, {
      beforeGoto: async (p) => {
        // One byte more than the file the build hashed: its relation no longer applies.
        await p.route('**/data/ptce.csv', async (route) => {
          const res = await route.fetch();
          await route.fulfill({ response: res, body: `${await res.text()}\n` });
        });
      },
    });
    await waitForMarkers(page, LOCATED);
    await marker(page, 'Coopaxis').click();
    await page
      .getByRole('region', { name: 'Coopaxis' })
      .getByRole('button', { name: SANITAS })
      .waitFor();
    assert.ok(files.includes('qpv-2024.geojson'), files.join(', '));
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('the static first paint', () => {
  test('index.html holds the list of the poles, with commune and sources, escaped', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;');
    for (const pole of all) {
      assert.ok(
        html.includes(`<span class="pole-list__name">${escape(pole.nom)}</span>`),
        pole.nom,
      );
    }
    assert.ok(html.includes('<span class="pole-list__place">Dijon</span>'));
    assert.ok(html.includes('<a href="https://www.la-coursive.fr/le-lieu"'));
    assert.ok(html.includes('<link rel="preload" href="./data/ptce.csv" as="fetch" crossorigin'));
  });

  test('without JavaScript the header and the list of the 62 poles are there, with their sources as links', async () => {
    const { page, context } = await open({ context: { javaScriptEnabled: false } });
    await page.getByRole('heading', { level: 1, name: 'Carte des PTCE' }).waitFor();
    const list = page.getByRole('region', { name: 'Liste des pôles' });
    assert.equal(await list.locator(':scope > ul > li').count(), all.length);
    const item = list.locator(':scope > ul > li', { hasText: 'La Coursive Boutaric' });
    assert.ok(await item.isVisible());
    assert.match(await item.innerText(), /Dijon/);
    await item.getByText('Sources de La Coursive Boutaric').click();
    const link = item.getByRole('link', { name: 'https://www.la-coursive.fr/le-lieu' });
    assert.ok(await link.isVisible());
    assert.ok(await page.getByText(/La carte interactive nécessite JavaScript/).isVisible());
    await context.close();
  });

  test('when the app’s script cannot load, the static page stays, its map with the poles, and says why', async () => {
    const { page, context } = await open({
      allowFailures: [/\/assets\/App-/],
      beforeGoto: (p) => p.route('**/assets/App-*.js', (r) => r.fulfill({ status: 404 })),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(
      await alert.innerText(),
      /L'application n'a pas pu se charger .* la liste et la carte des pôles restent.* Rechargez la page/,
    );
    const list = page.getByRole('region', { name: 'Liste des pôles' });
    assert.equal(await list.locator(':scope > ul > li').count(), all.length);
    assert.deepEqual(await markerNames(page), located.map((p) => p.nom).sort());
    await noAxeViolation(page, 'the app’s script missing');
    await context.close();
  });

  test('once the app runs, the static page is gone: one list, one heading, no axe violation', async () => {
    const { page, problems, context } = await ready();
    assert.equal(await page.locator('.app--static').count(), 0);
    assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
    assert.equal(await page.getByRole('heading', { name: 'Liste des pôles' }).count(), 1);
    await noAxeViolation(page, 'after the static page is replaced');
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

/**
 * Opens the page with the app's chunk held back until `release()`: what a slow network shows
 * between the static page's map and the app. Unless `early` is false (a link that filters),
 * it waits for the static page's markers of all the located poles.
 */
async function openHoldingApp({ early = true, ...options } = {}) {
  let release;
  const held = new Promise((r) => (release = r));
  const session = await open({
    ...options,
    beforeGoto: (p) =>
      p.route('**/assets/App-*.js', async (route) => {
        await held;
        await route.continue();
      }),
  });
  if (early) await waitForEarlyMarkers(session.page);
  return { ...session, release };
}

const waitForEarlyMarkers = (page) =>
  page.waitForFunction(
    (n) => document.querySelectorAll('.pole-marker[data-early]').length === n,
    located.length,
  );

/** The box of a pole's marker on screen, rounded to the pixel. */
const markerBox = (page, name) =>
  marker(page, name)
    .boundingBox()
    .then((b) => b && [b.x, b.y, b.width, b.height].map(Math.round).join(','));

describe('the poles on the map before the app has loaded', () => {
  for (const [layout, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ]) {
    test(`${layout}: the located poles are on the map, named, and stay exactly in place when the app takes over`, async () => {
      const { page, problems, context, release } = await openHoldingApp({ viewport });
      assert.equal(await page.locator('.app--static').count(), 1);
      const map = page.getByRole('region', { name: 'Carte des pôles' });
      assert.ok(await map.isVisible());
      assert.deepEqual(await markerNames(page), located.map((p) => p.nom).sort());
      await noAxeViolation(page, `${layout}, before the app`);
      const before = await markerBox(page, 'Coopaxis');
      release();
      await waitForMarkers(page, located.length);
      assert.equal(await page.locator('.app--static').count(), 0);
      assert.equal(await markerBox(page, 'Coopaxis'), before);
      assert.deepEqual(await problems(), []);
      await context.close();
    });
  }

  test('on a phone nothing on the page moves while the map and the app arrive (no layout shift)', async () => {
    const { page, problems, context } = await open({
      viewport: { width: 390, height: 844 },
      beforeGoto: (p) =>
        p.addInitScript(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) window.__shifts.push(e.value);
          }).observe({ type: 'layout-shift', buffered: true });
        }),
    });
    await waitForMarkers(page, located.length);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await page.evaluate(() => window.__shifts), []);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('on a phone, when the app’s script cannot load, the list is there to read again', async () => {
    const { page, context } = await open({
      viewport: { width: 390, height: 844 },
      allowFailures: [/\/assets\/App-/],
      beforeGoto: (p) => p.route('**/assets/App-*.js', (r) => r.fulfill({ status: 404 })),
    });
    await page.getByRole('alert').waitFor();
    const list = page.getByRole('region', { name: 'Liste des pôles' });
    assert.ok(await list.getByText('La Coursive Boutaric', { exact: true }).isVisible());
    await context.close();
  });

  test('a pole clicked before the app has loaded opens once it has', async () => {
    const { page, problems, context, release } = await openHoldingApp();
    await marker(page, 'Coopaxis').click();
    release();
    await page.getByRole('region', { name: 'Coopaxis' }).getByRole('heading').first().waitFor();
    assert.match(page.url(), /sel=coopaxis/);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('the keyboard: a marker focused before the app keeps the focus, on the app’s marker', async () => {
    const { page, problems, context, release } = await openHoldingApp();
    await marker(page, 'Coopaxis').focus();
    release();
    await waitForMarkers(page, located.length);
    await page.waitForFunction(() =>
      document.activeElement?.matches('.pole-marker[data-pole-id="coopaxis"]:not([data-early])'),
    );
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Coopaxis' }).getByRole('heading').first().waitFor();
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a link’s view is the early map’s view, which the app keeps', async () => {
    const { page, problems, context, release } = await openHoldingApp({
      path: '?map=9/47.32/5.04',
    });
    const map = await page.locator('.leaflet-container').boundingBox();
    const box = await marker(page, 'La Coursive Boutaric').boundingBox();
    // Dijon, at the centre of the view the link names.
    assert.ok(Math.abs(box.x + box.width / 2 - (map.x + map.width / 2)) < 40, JSON.stringify(box));
    assert.ok(
      Math.abs(box.y + box.height / 2 - (map.y + map.height / 2)) < 40,
      JSON.stringify(box),
    );
    const before = await markerBox(page, 'La Coursive Boutaric');
    release();
    await waitForMarkers(page, located.length);
    assert.equal(await markerBox(page, 'La Coursive Boutaric'), before);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a link that filters the poles gets the map without early markers, then the filtered poles', async () => {
    const { page, problems, context, release } = await openHoldingApp({
      path: '?membres=1',
      early: false,
    });
    await page.getByRole('region', { name: 'Carte des pôles' }).waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.pole-marker').count(), 0);
    release();
    const members = located.filter((p) => p.membre_association === 'oui');
    await waitForMarkers(page, members.length);
    assert.ok(members.length > 0 && members.length < located.length);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('code loaded at first use', () => {
  test('a first visit at the scale of France does not ask for the communes, QPV layer, import, correction or image export code', async () => {
    const { page, problems, context, requested: scripts } = await openRecording(recordScripts);
    await waitForMarkers(page, LOCATED);
    await page.waitForLoadState('networkidle');
    for (const lazy of [
      'CommunesLayer',
      'QpvLayer',
      'import-worker',
      'CorrectionDialog',
      'ExportDialog',
      'capture-library',
    ]) {
      assert.ok(!scripts.includes(lazy), `${lazy} in ${scripts.join(', ')}`);
    }
    // One zoom step before the communes' scale, their code comes.
    await page.evaluate(() => {
      const url = new URL(location.href);
      url.searchParams.set('map', '7.5/47.32/5.04');
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForFunction(
      () => document.querySelector('.leaflet-container').dataset.zoom === '7.5',
    );
    await page.waitForLoadState('networkidle');
    assert.ok(scripts.includes('CommunesLayer'), scripts.join(', '));
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a first visit asks neither for the territory profile’s code nor for the intercommunalities; choosing a territory does', async () => {
    let files;
    const {
      page,
      problems,
      context,
      requested: scripts,
    } = await openRecording(recordScripts, {
      beforeGoto: async (p) => {
        files = recordDataRequests(p);
      },
    });
    await waitForMarkers(page, LOCATED);
    await page.waitForLoadState('networkidle');
    for (const lazy of ['TerritoryPanel', 'TerritoryOutline']) {
      assert.ok(!scripts.includes(lazy), `${lazy} in ${scripts.join(', ')}`);
    }
    for (const file of ['epci.json', 'territoires.json']) {
      assert.ok(!files.includes(file), `${file} in ${files.join(', ')}`);
    }
    await page.evaluate(() => {
      const url = new URL(location.href);
      url.searchParams.set('territoire', 'dep-21');
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByRole('region', { name: "Côte-d'Or" }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.ok(scripts.includes('TerritoryPanel'), scripts.join(', '));
    assert.ok(files.includes('territoires.json'), files.join(', '));
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('on a phone, the closed sheet’s filters, list and import panel are rendered when it first opens', async () => {
    const { page, problems, context } = await ready({ viewport: { width: 390, height: 844 } });
    assert.equal(await page.locator('#sidebar .pole-list, #import-file').count(), 0);
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    const list = page.getByRole('region', { name: 'Liste des pôles' });
    await list.waitFor();
    assert.equal(await list.locator('li').count(), all.length);
    assert.equal(await page.locator('#import-file').count(), 1);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('the QPV layer fetched ahead of the click', () => {
  test('a normal load leaves the QPV dots alone; pointing at the switch fetches them, and the click draws them', async () => {
    const { page, problems, context, requested: files } = await openRecording(recordDataRequests);
    await waitForMarkers(page, LOCATED);
    await page.waitForLoadState('networkidle');
    assert.ok(!files.includes('qpv-2024-points.geojson'), files.join(', '));
    const points = page.waitForResponse((res) => res.url().endsWith('/qpv-2024-points.geojson'));
    await page.locator('.qpv-toolbar__switch').hover();
    await points;
    // Fetched, not shown: the map still says the layer is off.
    assert.equal(await page.$eval('.map', (el) => el.dataset.qpvLayer), 'off');
    await page.getByRole('switch', { name: 'Quartiers prioritaires (QPV)' }).check();
    await page.waitForFunction(() => document.querySelector('.map')?.dataset.qpvDots === '1584');
    assert.equal(files.filter((f) => f === 'qpv-2024-points.geojson').length, 1);
    assert.ok(!files.includes('qpv-2024.geojson'), files.join(', '));
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});
