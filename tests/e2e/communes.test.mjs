// Communes on the embedded basemap (outlines on canvas, names as text), the IGN plan offer at
// street scale, bad communes files, and the details' "zoom to the neighbourhood". Every request
// that leaves the preview server is aborted or answered by a route: nothing needs the internet.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { basemapPainted, e2eSuite, noAxeViolation, waitForMarkers } from './harness.mjs';
import { locatedPoles, referencePoles } from './reference-data.mjs';
import { solidPng } from './solid-png.mjs';

const located = locatedPoles();
const IGN = 'https://data.geopf.fr/wmts**';
const TILE = solidPng(256, [200, 220, 200]);
const IGN_FAILED = 'Les tuiles IGN Plan ne se chargent pas : retour au fond embarqué.';
const DIJON = '?map=12/47.322/5.041';
// Rural Côte-d'Or, in the hills west of Beaune: no town, no département border in view.
const RURAL = '?map=12/47.08/4.62';
const suite = e2eSuite();
const { open } = suite;

/** Aborts every request that does not go to the preview server, and records communes files. */
async function offline(page, base) {
  const fetched = [];
  const origin = new URL(base).origin;
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.abort('internetdisconnected'),
  );
  page.on('request', (r) => {
    const m = /\/data\/communes\/communes-(\w+)\.geojson$/.exec(r.url());
    if (m) fetched.push(m[1]);
  });
  return fetched;
}

async function openOffline(path, options = {}) {
  let fetched;
  const session = await open({
    path,
    ...options,
    beforeGoto: async (p) => {
      fetched = await offline(p, suite.url);
      await options.beforeGoto?.(p);
    },
  });
  await waitForMarkers(session.page, located.length);
  return { ...session, fetched };
}

/** Waits until the communes of `dep` are drawn and at least `min` names are placed. */
async function communesShown(page, dep, min = 1) {
  await page.waitForFunction(
    ([d, n]) => {
      const el = document.querySelector('.leaflet-container');
      return (
        (el?.dataset.communesDrawn ?? '').split(' ').includes(d) &&
        Number(el.dataset.communeLabels ?? 0) >= n
      );
    },
    [dep, min],
    { timeout: 15000 },
  );
}

const labelNames = (page) => page.$$eval('.commune-label', (els) => els.map((e) => e.textContent));

/** The screen boxes of the names, the pole markers and the neighbourhood labels. */
function boxes(page) {
  return page.evaluate(() => {
    const rect = (e) => {
      const r = e.getBoundingClientRect();
      return {
        x0: r.left,
        y0: r.top,
        x1: r.right,
        y1: r.bottom,
        name: e.textContent || e.getAttribute('aria-label'),
      };
    };
    return {
      names: [...document.querySelectorAll('.commune-label')].map(rect),
      markers: [...document.querySelectorAll('.leaflet-marker-icon')].map(rect),
      quartiers: [...document.querySelectorAll('.quartier-label')].map(rect),
    };
  });
}
const overlap = (a, b) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

function assertNoOverlap({ names, markers, quartiers }) {
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++)
      assert.ok(!overlap(names[i], names[j]), `${names[i].name} / ${names[j].name}`);
    for (const m of [...markers, ...quartiers])
      assert.ok(!overlap(names[i], m), `${names[i].name} over ${m.name}`);
  }
}

/** Share of painted pixels on the communes canvas. */
const communesPainted = (page) =>
  page.$eval('.leaflet-ptce-communes-pane canvas', (c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n / (c.width * c.height);
  });

// Web Mercator, as Leaflet: to check which départements a view meets, independently of the app.
const mx = (lon) => (lon + 180) / 360;
const my = (lat) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const unx = (x) => x * 360 - 180;
const uny = (y) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** The view's [west, south, east, north], from the address and the map's size. */
async function viewBounds(page) {
  const { search, w, h } = await page.evaluate(() => {
    const r = document.querySelector('.leaflet-container').getBoundingClientRect();
    return { search: location.search, w: r.width, h: r.height };
  });
  const [z, lat, lon] = new URLSearchParams(search).get('map').split('/').map(Number);
  const scale = 256 * 2 ** z;
  const cx = mx(lon) * scale;
  const cy = my(lat) * scale;
  return {
    zoom: z,
    box: [
      unx((cx - w / 2) / scale),
      uny((cy + h / 2) / scale),
      unx((cx + w / 2) / scale),
      uny((cy - h / 2) / scale),
    ],
  };
}

function featureBox(geometry) {
  const pts =
    geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
  return [
    Math.min(...pts.map((p) => p[0])),
    Math.min(...pts.map((p) => p[1])),
    Math.max(...pts.map((p) => p[0])),
    Math.max(...pts.map((p) => p[1])),
  ];
}
const departements = JSON.parse(
  readFileSync('public/data/departements.geojson', 'utf8'),
).features.map((f) => ({ code: f.properties.code, box: featureBox(f.geometry) }));
const meets = (a, b) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
const contains = (outer, inner) =>
  outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];

describe('communes on the embedded basemap', () => {
  test('zoom 12 over rural Côte-d’Or: commune outlines are drawn where the basemap was a plain fill', async () => {
    const { page, problems, context, fetched } = await openOffline(RURAL);
    await communesShown(page, '21');
    const share = await communesPainted(page);
    assert.ok(share > 0.005, `communes canvas painted: ${share}`);
    assert.ok((await basemapPainted(page)) > 0.5);
    // Côte-d'Or first (under the centre), then the neighbours whose box reaches into the view.
    const { box } = await viewBounds(page);
    const expected = departements.filter((d) => meets(d.box, box)).map((d) => d.code);
    await page.waitForFunction(
      (n) =>
        document.querySelector('.leaflet-container').dataset.communesDrawn.split(' ').length === n,
      expected.length,
    );
    assert.equal(fetched[0], '21');
    assert.deepEqual([...fetched].sort(), expected.sort());
    assert.match(await page.locator('.leaflet-control-attribution').innerText(), /Communes : IGN/);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('zoom 12 on Dijon: “Dijon” and its neighbours are named as text, clear of each other and of the poles', async () => {
    const { page, problems, context } = await openOffline(`${DIJON}&sel=coursive-boutaric`);
    await communesShown(page, '21', 10);
    const names = await labelNames(page);
    for (const n of ['Dijon', 'Talant', 'Chenôve', 'Quetigny', 'Longvic', 'Ahuy'])
      assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    // Text in the page, not pixels: it is in the DOM, in its own pane, above the basemap.
    assert.equal(
      await page
        .locator('.leaflet-ptce-commune-labels-pane .commune-label', { hasText: /^Dijon$/ })
        .count(),
      1,
    );
    // Dijon, by far the most populated, gets the larger type.
    assert.match(
      await page.locator('.commune-label', { hasText: /^Dijon$/ }).getAttribute('class'),
      /commune-label--major/,
    );
    const b = await boxes(page);
    assert.ok(b.markers.length > 0 && b.quartiers.length > 0);
    assertNoOverlap(b);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('only the départements in view are fetched, one file at a time, and nothing below zoom 8', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const communesUrl = (r) => r.url().includes('/data/communes/');
    const { page, context, fetched } = await openOffline('?map=7.5/50.45/2.3', {
      beforeGoto: (p) => {
        p.on('request', (r) => {
          if (communesUrl(r)) maxInFlight = Math.max(maxInFlight, ++inFlight);
        });
        p.on('requestfinished', (r) => communesUrl(r) && inFlight--);
        p.on('requestfailed', (r) => communesUrl(r) && inFlight--);
      },
    });
    await page.waitForTimeout(500);
    assert.deepEqual(fetched, [], 'nothing at zoom 7.5');
    // Zoom in on Arras (Pas-de-Calais), to 8.5.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await communesShown(page, '62', 5);
    const { box } = await viewBounds(page);
    const expected = departements
      .filter((d) => meets(d.box, box))
      .map((d) => d.code)
      .sort();
    await page.waitForFunction(
      (n) =>
        (document.querySelector('.leaflet-container').dataset.communesDrawn ?? '').split(' ')
          .length === n,
      expected.length,
    );
    assert.deepEqual([...fetched].sort(), expected);
    assert.ok(expected.includes('62') && !expected.includes('21'), expected.join());
    assert.equal(maxInFlight, 1, 'one file at a time');
    // Names in a dense view still clear of each other and of the markers.
    assertNoOverlap(await boxes(page));
    // Back and forth: the files are kept, not fetched again.
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await communesShown(page, '62', 5);
    assert.equal(fetched.length, expected.length);
    await context.close();
  });

  test('the communes data is not in the JavaScript bundle: it comes as data files', () => {
    const assets = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
    assert.ok(assets.some((f) => f.startsWith('communes.worker')));
    for (const f of assets) {
      const js = readFileSync(`dist/assets/${f}`, 'utf8');
      // A commune name that appears in no other data, and a feature as the files write it.
      assert.ok(!js.includes('Aubigny-en-Plaine') && !js.includes('"code":"21231"'), f);
    }
    // One file per département (the build adds .br and .gz copies beside each).
    const files = readdirSync('dist/data/communes').filter((f) => f.endsWith('.geojson'));
    assert.equal(files.length, 101);
  });

  test('axe finds no violation with the communes drawn and named', async () => {
    const { page, context } = await openOffline(DIJON);
    await communesShown(page, '21', 10);
    await noAxeViolation(page, 'communes drawn');
    await context.close();
  });
});

describe('a bad communes file', () => {
  const real = readFileSync('public/data/communes/communes-21.geojson');
  const variants = [
    [
      'missing',
      { status: 404, contentType: 'text/plain', body: 'Not found' },
      /serveur a répondu 404/,
    ],
    [
      'empty',
      { status: 200, contentType: 'application/geo+json', body: '' },
      /communes-21\.geojson/,
    ],
    [
      'HTML instead of JSON',
      { status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title>' },
      /fichier est absent/,
    ],
    [
      'cut short',
      { status: 200, contentType: 'application/geo+json', body: real.subarray(0, real.length / 2) },
      /incomplet/,
    ],
  ];
  for (const [what, response, reason] of variants) {
    test(`${what}: that département stays without communes, one quiet note, the rest works`, async () => {
      const errors = [];
      const { page, problems, context } = await openOffline('?map=10/47.3/4.6', {
        allowFailures: [/communes-21\.geojson/, /Failed to load resource/],
        beforeGoto: async (p) => {
          p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
          await p.route('**/data/communes/communes-21.geojson', (r) => r.fulfill(response));
        },
      });
      // The neighbours in view (Saône-et-Loire, Nièvre…) are drawn all the same.
      await communesShown(page, '71');
      await page.waitForFunction(() =>
        document.querySelector('.data-report [data-communes-failed="21"]'),
      );
      const drawn = await page.$eval('.leaflet-container', (el) =>
        el.dataset.communesDrawn.split(' '),
      );
      assert.ok(!drawn.includes('21'), drawn.join());
      assert.ok(!(await labelNames(page)).includes('Dijon'));
      // Quiet: inside the folded load report, not an alert.
      await page.locator('.data-report summary').click();
      const notes = page.locator('.data-report [data-communes-failed]');
      assert.equal(await notes.count(), 1);
      assert.match(await notes.innerText(), reason);
      assert.match(await notes.innerText(), /Le département 21 reste sans communes/);
      assert.equal(await page.locator('[role="alert"] .alert').count(), 0);
      // The rest works: markers, the basemap, a pole's details.
      assert.ok((await basemapPainted(page)) > 0.3);
      await page.locator('.pole-list__item', { hasText: 'La Coursive Boutaric' }).click();
      await page.getByRole('region', { name: 'La Coursive Boutaric' }).waitFor();
      assert.ok(errors.length <= 1, errors.join(' | '));
      assert.deepEqual(await problems(), []);
      await context.close();
    });
  }
});

describe('the IGN plan offer', () => {
  const offer = (page) => page.getByRole('group', { name: 'Les rues : plan IGN détaillé' });

  test('appears from zoom 11 only, says the tiles leave the site; declined, it stays away until reload', async () => {
    const { page, context } = await openOffline('?map=10/47.322/5.041');
    await communesShown(page, '21');
    assert.equal(await offer(page).count(), 0);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await offer(page).waitFor();
    assert.match(await offer(page).innerText(), /Géoplateforme de l’IGN \(data\.geopf\.fr\)/);
    assert.match(await offer(page).innerText(), /sort de ce site/);
    await noAxeViolation(page, 'offer shown');
    await offer(page).getByRole('button', { name: 'Non merci' }).click();
    assert.equal(await offer(page).count(), 0);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(300);
    assert.equal(await offer(page).count(), 0, 'still hidden after another zoom');
    assert.equal(await page.locator('.leaflet-tile').count(), 0);
    await page.reload();
    await offer(page).waitFor();
    await context.close();
  });

  test('accepted without a network: one status line, the embedded basemap and its communes stay', async () => {
    const errors = [];
    const { page, context } = await openOffline(DIJON, {
      allowFailures: [/data\.geopf\.fr/, /Failed to load resource/],
      beforeGoto: (p) => p.on('console', (m) => m.type() === 'error' && errors.push(m.text())),
    });
    await communesShown(page, '21', 10);
    await offer(page).getByRole('button', { name: 'Afficher le plan IGN' }).click();
    await page.getByRole('status').getByText(IGN_FAILED).waitFor();
    assert.equal(await page.getByText(IGN_FAILED).count(), 1);
    await communesShown(page, '21', 10);
    assert.ok((await labelNames(page)).includes('Dijon'));
    assert.ok((await communesPainted(page)) > 0.005);
    assert.equal(await page.locator('.leaflet-tile').count(), 0);
    assert.equal(new URL(page.url()).searchParams.get('basemap'), null);
    assert.equal(await offer(page).count(), 0, 'not offered again after an answer');
    assert.ok(errors.length < 5, errors.join(' | '));
    await context.close();
  });

  test('accepted with tiles served: the plan shows, in the link and this browser, and survives a reload', async () => {
    const { page, problems, context } = await openOffline(DIJON, {
      beforeGoto: (p) =>
        p.route(IGN, (r) => r.fulfill({ status: 200, contentType: 'image/png', body: TILE })),
    });
    await communesShown(page, '21', 10);
    await offer(page).getByRole('button', { name: 'Afficher le plan IGN' }).click();
    await page.locator('.leaflet-ptce-online-tiles-pane .leaflet-tile-loaded').first().waitFor();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('basemap') === 'ign');
    // The plan names its own streets and communes: ours step aside.
    await page.waitForFunction(
      () => document.querySelector('.leaflet-container').dataset.communeLabels === '0',
    );
    assert.match(await page.locator('.leaflet-control-attribution').innerText(), /Plan IGN/);
    await page.reload();
    await page.locator('.leaflet-ptce-online-tiles-pane .leaflet-tile-loaded').first().waitFor();
    assert.equal(new URL(page.url()).searchParams.get('basemap'), 'ign');
    // Kept by this browser: a link without the parameter opens on the plan too.
    await page.goto(`${suite.url}${DIJON}`);
    await page.locator('.leaflet-ptce-online-tiles-pane .leaflet-tile-loaded').first().waitFor();
    await page.locator('.basemap-switcher summary').click();
    assert.equal(await page.getByRole('radio', { name: 'IGN Plan (en ligne)' }).isChecked(), true);
    // And a link that says `basemap=embedded` wins over it.
    await page.goto(`${suite.url}${DIJON}&basemap=embedded`);
    await communesShown(page, '21', 10);
    assert.equal(await page.locator('.leaflet-tile').count(), 0);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('zoom to the neighbourhood', () => {
  const qpv = JSON.parse(
    readFileSync('public/data/qpv-2024-simplifie.geojson', 'utf8'),
  ).features.find((f) => f.properties.code === 'QN02103M');

  test('a pole in a QPV: the button fits the QPV outline', async () => {
    const { page, problems, context } = await openOffline('?sel=coursive-boutaric');
    const button = page.getByRole('button', { name: 'Voir le quartier Les Grésilles de près' });
    await button.click();
    await page.waitForFunction(
      () => Number(new URL(location.href).searchParams.get('map')?.split('/')[0]) >= 14,
    );
    const view = await viewBounds(page);
    assert.ok(contains(view.box, featureBox(qpv.geometry)), JSON.stringify(view));
    assert.ok(view.zoom <= 16);
    // The pole's marker is on screen and not under the details panel.
    const m = await page
      .locator('.leaflet-marker-icon[aria-label="La Coursive Boutaric"]')
      .boundingBox();
    const panel = await page.locator('.details').boundingBox();
    assert.ok(m.x + m.width <= panel.x, `marker ${m.x} panel ${panel.x}`);
    await communesShown(page, '21');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a pole at its commune’s centre: the button fits the commune outline', async () => {
    const pole = referencePoles().find((p) => p.id === 'ecopole-alimentaire-audruicq');
    const commune = JSON.parse(
      readFileSync('public/data/communes/communes-62.geojson', 'utf8'),
    ).features.find((f) => f.properties.code === pole.code_insee);
    const { page, problems, context, fetched } = await openOffline(`?sel=${pole.id}`);
    await page.getByRole('button', { name: `Voir la commune ${pole.commune} de près` }).click();
    await page.waitForFunction(
      () => Number(new URL(location.href).searchParams.get('map')?.split('/')[0]) >= 11,
    );
    const view = await viewBounds(page);
    assert.ok(contains(view.box, featureBox(commune.geometry)), JSON.stringify(view));
    await communesShown(page, '62');
    assert.ok(fetched.includes('62'));
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});
