// End-to-end tests of the QPV feature: the layer, the relation of each pole, the relation
// filter, the place check and the statistics, on the shipped data in headless Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import { e2eSuite, marker, markerNames, waitForMarkers } from './harness.mjs';
import { locatedPoles, referencePoles, referenceWaves } from './reference-data.mjs';

const all = referencePoles();
const located = locatedPoles();
const WAVES = referenceWaves();
const qpvFull = JSON.parse(readFileSync('public/data/qpv-2024.geojson', 'utf8')).features;
const qpvShapes = JSON.parse(readFileSync('public/data/qpv-2024-simplifie.geojson', 'utf8'));
const qpvPoints = JSON.parse(readFileSync('public/data/qpv-2024-points.geojson', 'utf8')).features;
const communes = readFileSync('public/data/communes-centres.csv', 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => {
    const [insee, dept, lon, lat, ...name] = line.split(',');
    return { insee, dept, lon: Number(lon), lat: Number(lat), name: name.join(',') };
  });

/**
 * The relation of each pole as the unit tests of src/analysis establish it on the full file;
 * here it is what the interface must show.
 */
const INSIDE = [
  'coursive-boutaric',
  'coopaxis',
  'gouttes-dor-mode-design',
  'station-a-rodez',
  'geiq-sport-loisirs-mayotte',
  'pope-bobigny',
];
const WITHIN_1KM = [
  'la-serre-le-multiple',
  'culture-et-cooperation',
  'lille-metropole-solidaire',
  'cite-phares',
  'prma-poitou-charentes',
  'pole-sud-archer',
  'pole-mobilite-le-havre',
  'stras-eco-renov',
  'recycl-occ-textile',
  'labsport-saint-nazaire',
  'anima-grand-calais',
];
const UNKNOWN = all.filter((p) => p.latitude === '').map((p) => p.id);
const FARTHER = all
  .map((p) => p.id)
  .filter((id) => ![...INSIDE, ...WITHIN_1KM, ...UNKNOWN].includes(id));
const nameOf = (id) => all.find((p) => p.id === id).nom;

/** Independent reference: turf's own distance from a point to every QPV of the full file. */
function nearestQpv(lon, lat) {
  let best = null;
  for (const f of qpvFull) {
    const inside = booleanPointInPolygon([lon, lat], f.geometry);
    const d = inside ? 0 : pointToPolygonDistance([lon, lat], f.geometry, { units: 'meters' });
    if (!best || d < best.d) best = { code: f.properties.code, nom: f.properties.nom, d };
  }
  return best;
}

/** Web Mercator pixels at a zoom, as Leaflet computes them. */
function project(lon, lat, zoom) {
  const size = 256 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [
    ((lon + 180) / 360) * size,
    ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * size,
  ];
}

const { open, ready } = e2eSuite();

const layerSwitch = (page) => page.getByRole('switch', { name: 'Quartiers prioritaires (QPV)' });

async function mapState(page) {
  return page.$eval('.map', (el) => ({ ...el.dataset }));
}

async function waitForLayer(page, state, extra = {}) {
  await page.waitForFunction(
    ([s, e]) => {
      const d = document.querySelector('.map')?.dataset ?? {};
      return d.qpvLayer === s && Object.entries(e).every(([k, v]) => d[k] === v);
    },
    [state, extra],
    { timeout: 20000 },
  );
}

/** Share of the QPV canvas with painted pixels; 0 when nothing was ever drawn there. */
async function qpvPainted(page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('.leaflet-qpv-pane canvas');
    if (!canvas) return 0;
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
}

/** The page position of a lon/lat, from the pole marker `ref` (centred on its location). */
async function screenPoint(page, refId, lon, lat) {
  const ref = all.find((p) => p.id === refId);
  const box = await marker(page, ref.nom).boundingBox();
  const zoom = Number((await mapState(page)).zoom);
  const [rx, ry] = project(Number(ref.longitude), Number(ref.latitude), zoom);
  const [tx, ty] = project(lon, lat, zoom);
  return { x: box.x + box.width / 2 + tx - rx, y: box.y + box.height / 2 + ty - ry };
}

/**
 * Reveals La Coursive Boutaric from the list (zoom 9), closes its details and centres the map on
 * it (the reveal puts it in the part of the map the details leave free), so that the zoom
 * buttons zoom in around it.
 */
async function revealGresilles(page) {
  await page.locator('.pole-list__item', { hasText: 'La Coursive Boutaric' }).click();
  await page.getByRole('region', { name: 'La Coursive Boutaric' }).waitFor();
  await page.waitForFunction(() => document.querySelector('.map')?.dataset.zoom === '9');
  await page.getByRole('button', { name: 'Fermer les détails' }).click();
  const ref = all.find((p) => p.id === 'coursive-boutaric');
  const view = `9/${Number(ref.latitude).toFixed(5)}/${Number(ref.longitude).toFixed(5)}`;
  await page.evaluate((map) => {
    const url = new URL(location.href);
    url.searchParams.set('map', map);
    history.replaceState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }, view);
  await page.waitForFunction(() => {
    const c = document.querySelector('.leaflet-container').getBoundingClientRect();
    const m = document
      .querySelector('.leaflet-marker-icon[data-pole-id="coursive-boutaric"]')
      ?.getBoundingClientRect();
    return (
      m &&
      Math.abs(m.left + m.width / 2 - (c.left + c.width / 2)) < 30 &&
      Math.abs(m.top + m.height / 2 - (c.top + c.height / 2)) < 30
    );
  });
}

/** Shows a view as Back or Forward would: the map centred on lon/lat at that zoom, at once. */
async function showView(page, zoom, [lon, lat]) {
  await page.evaluate(
    (map) => {
      const url = new URL(location.href);
      url.searchParams.set('map', map);
      history.replaceState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    },
    `${zoom}/${lat.toFixed(5)}/${lon.toFixed(5)}`,
  );
  await page.waitForFunction(
    (z) => document.querySelector('.map')?.dataset.zoom === z,
    String(zoom),
  );
}

/** The page position of a lon/lat when the map is centred on `centre` at `zoom`. */
async function pointFromCentre(page, zoom, centre, [lon, lat]) {
  const box = await page.locator('.leaflet-container').boundingBox();
  const [cx, cy] = project(...centre, zoom);
  const [x, y] = project(lon, lat, zoom);
  return { x: box.x + box.width / 2 + x - cx, y: box.y + box.height / 2 + y - cy };
}

/** Zooms in with the map's own button, one level at a time, around the centre. */
async function zoomInTo(page, zoom) {
  let z = Number((await mapState(page)).zoom);
  while (z < zoom) {
    z += 1;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction(
      (n) => document.querySelector('.map')?.dataset.zoom === n,
      String(z),
    );
  }
}

/** Text as read, with the no-break spaces of French typography as plain spaces. */
async function textOf(locator) {
  return (await locator.innerText()).replace(/\u00a0|\u202f/g, ' ');
}

/** 180 m inside Les Grésilles (simplified contour), away from the pole marker at its centre. */
const IN_GRESILLES = [5.06946, 47.33157];
/** About 100 m north of Les Grésilles. */
const NORTH_OF_GRESILLES = [5.06731, 47.33535];

describe('the QPV layer', () => {
  test('the switch shows all 1,584 QPV as dots, overseas too, and hides them again', async () => {
    const { page, problems, context } = await ready();
    assert.equal(await layerSwitch(page).isChecked(), false);
    assert.equal(await qpvPainted(page), 0);
    await layerSwitch(page).check();
    await waitForLayer(page, 'points', { qpvDots: '1584' });
    const metropole = await qpvPainted(page);
    assert.ok(metropole > 3000, `dots cover ${metropole} px`);
    // The three named neighbourhoods keep their labels above the layer.
    for (const name of ['Les Grésilles', 'Sanitas', "Goutte D'Or"]) {
      assert.equal(await page.locator('.quartier-label', { hasText: name }).count(), 1, name);
    }
    await page.getByRole('button', { name: 'La Réunion', exact: true }).click();
    await page.waitForFunction(() => Number(document.querySelector('.map')?.dataset.zoom) >= 9);
    await page.waitForTimeout(300);
    assert.ok((await qpvPainted(page)) > 100, 'Réunion QPV are drawn');
    await layerSwitch(page).uncheck();
    await waitForLayer(page, 'off');
    assert.equal(await qpvPainted(page), 0);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('at country scale hover names the dot under the pointer, even from a touching one, and a click opens its card', async () => {
    const { page, problems, context } = await ready();
    await layerSwitch(page).check();
    await waitForLayer(page, 'points', { qpvDots: '1584' });
    // Two dots of Verdun 5 px apart at zoom 8, with no other dot or pole near them.
    const at = (code) => qpvPoints.find((f) => f.properties.code === code).geometry.coordinates;
    const a = at('QN05502I');
    const b = at('QN05503M');
    const centre = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    await showView(page, 8, centre);
    await waitForLayer(page, 'points', { zoom: '8' });
    const pa = await pointFromCentre(page, 8, centre, a);
    const pb = await pointFromCentre(page, 8, centre, b);
    // 4 px beyond each centre, away from the other dot: within one dot's reach only.
    const len = Math.hypot(pb.x - pa.x, pb.y - pa.y);
    const ux = (pb.x - pa.x) / len;
    const uy = (pb.y - pa.y) / len;
    const onA = { x: pa.x - 4 * ux, y: pa.y - 4 * uy };
    const onB = { x: pb.x + 4 * ux, y: pb.y + 4 * uy };
    const tooltip = page.locator('.qpv-tooltip');
    await page.mouse.move(onA.x, onA.y);
    await tooltip.getByText('QN05502I').waitFor();
    assert.deepEqual(await tooltip.locator('span').allTextContents(), [
      'Planchettes',
      'QN05502I',
      'Verdun',
    ]);
    // From one dot to the other without leaving them: no mouseout, the tooltip still follows.
    await page.mouse.move(onB.x, onB.y, { steps: 6 });
    await page.waitForTimeout(100);
    await page.mouse.move(onB.x + 0.5, onB.y);
    await tooltip.getByText('QN05503M').waitFor();
    assert.equal(await tooltip.count(), 1);
    await page.mouse.click(onB.x + 0.5, onB.y);
    await page.getByRole('region', { name: 'Centre Verdun - Cité verte' }).waitFor();
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('from a regional zoom the polygons are drawn; hover names a QPV, a click opens its card', async () => {
    const { page, problems, context } = await ready();
    await layerSwitch(page).check();
    await revealGresilles(page);
    await zoomInTo(page, 10);
    await waitForLayer(page, 'shapes', { zoom: '10' });
    const shapes = Number((await mapState(page)).qpvShapes);
    // Dijon's six QPV, and more around: only those near the view are drawn.
    assert.ok(shapes >= 6 && shapes < 200, `${shapes} polygons`);
    assert.ok((await qpvPainted(page)) > 500);
    await zoomInTo(page, 14);
    await waitForLayer(page, 'shapes', { zoom: '14' });

    const inside = await screenPoint(page, 'coursive-boutaric', ...IN_GRESILLES);
    await page.mouse.move(inside.x, inside.y);
    const tooltip = page.locator('.qpv-tooltip');
    await tooltip.waitFor();
    assert.deepEqual(await tooltip.locator('span').allTextContents(), [
      'Les Grésilles',
      'QN02103M',
      'Dijon',
    ]);
    await page.mouse.click(inside.x, inside.y);
    const card = page.getByRole('region', { name: 'Les Grésilles' });
    await card.waitFor();
    const text = await textOf(card);
    for (const expected of ['QN02103M', 'Dijon', "Côte-d'Or (21)", '54,5 ha']) {
      assert.ok(text.includes(expected), `card should show ${expected}: ${text}`);
    }
    assert.match(text, /La Coursive Boutaric\s+— dans le quartier/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'qpv-panel-title');
    // From the card to the pole, then Escape closes only the card that has focus.
    await card.getByRole('button', { name: 'La Coursive Boutaric' }).click();
    await page.getByRole('region', { name: 'La Coursive Boutaric' }).waitFor();
    await card.getByRole('button', { name: 'Fermer la fiche du quartier' }).click();
    await card.waitFor({ state: 'detached' });
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a QPV file that cannot be loaded is named, with a retry, and the map keeps working', async () => {
    let fail = true;
    const { page, problems, context } = await ready({
      allowFailures: [/qpv-2024-points\.geojson/, /404/],
      beforeGoto: (p) =>
        p.route('**/data/qpv-2024-points.geojson', (route) =>
          fail ? route.fulfill({ status: 404, body: '' }) : route.continue(),
        ),
    });
    await layerSwitch(page).check();
    const alert = page.getByRole('alert');
    await alert
      .getByText(
        'Les quartiers prioritaires ne peuvent pas être affichés. Le fichier qpv-2024-points.geojson n’a pas pu être chargé : le serveur a répondu 404.',
      )
      .waitFor();
    // The poles and their relation to the QPV (from the other file) still work.
    await marker(page, 'Coopaxis').click();
    await page.getByText('Dans le quartier prioritaire Sanitas (QN03709M)').waitFor();
    fail = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await waitForLayer(page, 'points', { qpvDots: '1584' });
    assert.deepEqual((await page.getByRole('alert').allInnerTexts()).filter(Boolean), []);
    assert.deepEqual(
      (await problems()).filter((p) => !/qpv-2024-points\.geojson/.test(p)),
      [],
    );
    await context.close();
  });

  test('a QPV over several communes lists them all in its card', async () => {
    const { page, problems, context } = await ready();
    await marker(page, nameOf('lille-metropole-solidaire')).click();
    const details = page.getByRole('region', { name: nameOf('lille-metropole-solidaire') });
    await details.getByRole('button', { name: /Secteur Sud \(QN05972M\)/ }).click();
    const card = page.getByRole('region', { name: 'Secteur Sud' });
    await card.waitFor();
    assert.match(await textOf(card), /Faches-Thumesnil, Lezennes, Lille, Loos/);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('the relation of each pole to the QPV', () => {
  test('the details say it in plain French, as a button to the QPV card', async () => {
    const { page, problems, context } = await ready();
    await marker(page, 'La Coursive Boutaric').click();
    const details = page.getByRole('region', { name: 'La Coursive Boutaric' });
    const relation = details.locator('.qpv-relation');
    await relation.getByText('Dans le quartier prioritaire Les Grésilles (QN02103M)').waitFor();
    assert.equal(await textOf(relation), 'Dans le quartier prioritaire Les Grésilles (QN02103M)');
    // Keyboard: Enter on the sentence opens the card, Escape brings focus back to it.
    await relation.focus();
    await page.keyboard.press('Enter');
    const card = page.getByRole('region', { name: 'Les Grésilles' });
    await card.getByText('54,5 ha').waitFor();
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    assert.equal(
      await page.evaluate(() => document.activeElement?.className),
      'link-button qpv-relation',
    );
    // The pole's details stayed open.
    await details.waitFor();

    // Goutte d'Or: inside, and three other QPV within 1 km.
    await marker(page, nameOf('gouttes-dor-mode-design')).click();
    const paris = page.getByRole('region', { name: nameOf('gouttes-dor-mode-design') });
    await paris.getByText("Dans le quartier prioritaire Goutte D'Or (QN07511M)").waitFor();
    assert.equal(await paris.locator('.qpv-relation__others li').count(), 3);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('an approximate location gives an answer flagged as approximate', async () => {
    const { page, context } = await ready();
    await marker(page, 'La Serre – Le Multiple').click();
    const details = page.getByRole('region', { name: 'La Serre – Le Multiple' });
    const relation = details.locator('.qpv-relation');
    await relation.waitFor();
    await page.waitForSelector('.details .qpv-relation[data-qpv-code]');
    assert.equal(
      await textOf(relation),
      'Localisation approximative (centre de la commune) : résultat indicatif — à 980 m du quartier prioritaire Arènes (QN03108M)',
    );
    assert.equal(await textOf(details.locator('.qpv-relation__band')), 'Entre 500 m et 1 km');
    await page.locator('.pole-list__item', { hasText: nameOf('cite-phares') }).click();
    const phares = page.getByRole('region', { name: nameOf('cite-phares') });
    await phares.locator('.qpv-relation[data-qpv-code="QN09215M"]').waitFor();
    assert.match(
      await textOf(phares.locator('.qpv-relation')),
      /— à 210 m du quartier prioritaire Cap Villeneuve \(QN09215M\)$/,
    );
    assert.equal(await textOf(phares.locator('.qpv-relation__band')), 'À moins de 500 m');
    // A département centre, far from any QPV.
    await page.locator('.pole-list__item', { hasText: nameOf('ardaines') }).click();
    const ardaines = page.getByRole('region', { name: nameOf('ardaines') });
    await ardaines.locator('.qpv-relation[data-qpv-code]').waitFor();
    assert.match(
      await textOf(ardaines.locator('.qpv-relation')),
      /^Localisation approximative \(centre du département\) : résultat indicatif — à 15,1 km du QPV le plus proche : Ronde Couture \(QN00802M\), Charleville-Mézières$/,
    );
    assert.equal(
      await textOf(ardaines.locator('.qpv-relation__band')),
      "À plus de 1 km d'un quartier prioritaire",
    );
    // A pole that is not located.
    await page.locator('.pole-list__item', { hasText: nameOf('la-verriere') }).click();
    const verriere = page.getByRole('region', { name: nameOf('la-verriere') });
    await verriere
      .getByText(
        'Localisation inconnue : situation par rapport aux quartiers prioritaires non déterminée',
      )
      .waitFor();
    await context.close();
  });

  test('while the QPV file loads the details say so, and a failure gets a retry', async () => {
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    let fail = true;
    const { page, problems, context } = await open({
      allowFailures: [/qpv-2024\.geojson/, /500/],
      beforeGoto: async (p) => {
        // A ptce.csv replaced after the build: the relation computed at build time no longer
        // matches it, so the worker relates the poles from the QPV file.
        await p.route('**/data/ptce.csv', async (route) => {
          const res = await route.fetch();
          await route.fulfill({ response: res, body: `${await res.text()}\n` });
        });
        await p.route('**/data/qpv-2024.geojson', async (route) => {
          await gate;
          if (fail) await route.fulfill({ status: 500, body: 'boom' });
          else await route.continue();
        });
      },
    });
    await waitForMarkers(page, located.length);
    await marker(page, 'Coopaxis').click();
    const details = page.getByRole('region', { name: 'Coopaxis' });
    await details
      .getByRole('status')
      .getByText('Analyse des quartiers prioritaires en cours…')
      .waitFor();
    release();
    const alert = details.getByRole('alert');
    await alert.getByText(/qpv-2024\.geojson.*le serveur a répondu 500/).waitFor();
    // The rest of the details and of the map keep working.
    assert.match(await textOf(details), /Tours/);
    fail = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await details.getByText('Dans le quartier prioritaire Sanitas (QN03709M)').waitFor();
    assert.deepEqual(
      (await problems()).filter((p) => !/qpv-2024\.geojson|500/.test(p)),
      [],
    );
    await context.close();
  });

  test('the filter "Relation aux QPV" shows each relation with its count and hides the right markers', async () => {
    const { page, problems, context } = await ready();
    const box = (category) => page.locator(`input[data-qpv-relation="${category}"]`);
    const row = (category) => page.locator('label', { has: box(category) });
    await page.waitForFunction(
      (n) =>
        document.querySelector('label:has(input[data-qpv-relation="in"]) .check__count')
          ?.textContent === n,
      String(INSIDE.length),
    );
    assert.match(await textOf(row('in')), /Dans un quartier prioritaire\s*6/);
    assert.match(await textOf(row('within1km')), /À moins de 1 km d'un quartier prioritaire\s*11/);
    assert.match(await textOf(row('farther')), /À plus de 1 km d'un quartier prioritaire\s*35/);
    assert.match(await textOf(row('unknown')), /Localisation inconnue\s*10/);
    assert.equal(FARTHER.length, 35);

    await box('farther').uncheck();
    const near = [...INSIDE, ...WITHIN_1KM].map(nameOf).sort();
    await waitForMarkers(page, near.length);
    assert.deepEqual(await markerNames(page), near);
    await box('in').uncheck();
    await waitForMarkers(page, WITHIN_1KM.length);
    assert.deepEqual(await markerNames(page), WITHIN_1KM.map(nameOf).sort());
    // The list follows, and so do the sector counts.
    assert.equal(
      await page.locator('.pole-list__item').count(),
      WITHIN_1KM.length + UNKNOWN.length,
    );
    await box('unknown').uncheck();
    assert.equal(await page.locator('.pole-list__item').count(), WITHIN_1KM.length);
    await box('in').check();
    await box('farther').check();
    await box('unknown').check();
    await waitForMarkers(page, located.length);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('is this place in a QPV?', () => {
  test('a commune by name, postcode or INSEE code gets the nearest QPV of its centre', async () => {
    const { page, problems, context } = await ready();
    await page.getByRole('button', { name: 'Vérifier un lieu' }).click();
    const panel = page.getByRole('region', {
      name: 'Ce lieu est-il dans un quartier prioritaire ?',
    });
    const field = panel.getByLabel('Commune, code INSEE ou code postal');
    const submit = panel.getByRole('button', { name: 'Vérifier', exact: true });
    await submit.waitFor();
    await page.waitForFunction(
      () => !document.querySelector('.place-check__form button')?.disabled,
    );

    for (const [query, insee] of [
      ['tours', '37261'],
      ['21000', '21231'],
      ['42218', '42218'],
      ['Clermont-Ferrand', '63113'],
    ]) {
      const commune = communes.find((c) => c.insee === insee);
      const expected = nearestQpv(commune.lon, commune.lat);
      await field.fill(query);
      await submit.click();
      await panel
        .locator('.place-check__place', {
          hasText: `Centre de la commune ${commune.name} (${insee})`,
        })
        .waitFor();
      const verdict = panel.locator('.place-check__verdict');
      await verdict.locator(`[data-qpv-code="${expected.code}"]`).waitFor();
      assert.match(
        await textOf(verdict),
        /^Localisation approximative \(centre de la commune\) : résultat indicatif — /,
      );
      // Nearest poles, closest first.
      assert.ok((await panel.locator('.place-check__poles li').count()) === 3);
    }
    // The map went to the commune and marks the checked place.
    assert.equal(await page.locator('.place-check-marker').count(), 1);

    await field.fill('Saint-Denis');
    await submit.click();
    await panel.getByText('correspondent à « Saint-Denis » : choisissez-en une.').waitFor();
    await panel.getByRole('button', { name: 'Saint-Denis (97411, dép. 974)' }).click();
    await panel.getByText('Centre de la commune Saint-Denis (97411)').waitFor();
    await panel.locator('.place-check__verdict [data-qpv-code]').waitFor();

    await field.fill('Atlantis');
    await submit.click();
    await panel.getByText('Aucune commune ne correspond à « Atlantis ».').waitFor();
    assert.equal(await panel.locator('.place-check__verdict').count(), 0);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('Alt+click or a click in the mode checks a point of the map; a plain click does not', async () => {
    const { page, problems, context } = await ready();
    await revealGresilles(page);
    await zoomInTo(page, 14);
    const inside = await screenPoint(page, 'coursive-boutaric', ...IN_GRESILLES);
    await page.mouse.click(inside.x, inside.y);
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.place-check').count(), 0, 'a plain click only pans');

    await page.keyboard.down('Alt');
    await page.mouse.click(inside.x, inside.y);
    await page.keyboard.up('Alt');
    const panel = page.getByRole('region', {
      name: 'Ce lieu est-il dans un quartier prioritaire ?',
    });
    const verdict = panel.locator('.place-check__verdict');
    await verdict.getByText('Dans le quartier prioritaire Les Grésilles (QN02103M)').waitFor();
    assert.match(
      await textOf(panel.locator('.place-check__place')),
      /^Point cliqué \(47,33\d*, 5,069\d*\)$/,
    );
    assert.match(
      await textOf(panel.locator('.place-check__poles li').first()),
      /^La Coursive Boutaric — \d+ m$/,
    );

    await page.getByRole('button', { name: 'Vérifier un lieu' }).click();
    assert.equal(
      await page.getByRole('button', { name: 'Vérifier un lieu' }).getAttribute('aria-pressed'),
      'true',
    );
    const north = await screenPoint(page, 'coursive-boutaric', ...NORTH_OF_GRESILLES);
    await page.mouse.click(north.x, north.y);
    const expected = nearestQpv(...NORTH_OF_GRESILLES);
    assert.equal(expected.code, 'QN02103M');
    await verdict
      .getByText(/^À \d+\sm du quartier prioritaire Les Grésilles \(QN02103M\)$/)
      .waitFor();
    // The answer's button opens the QPV card.
    await verdict.getByRole('button').click();
    await page.getByRole('region', { name: 'Les Grésilles' }).getByText('54,5 ha').waitFor();
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('figures at a glance', () => {
  const count = (rows, pick) => {
    const counts = new Map();
    for (const p of rows) for (const k of pick(p)) counts.set(k, (counts.get(k) ?? 0) + 1);
    return counts;
  };

  async function tableRows(page, name) {
    return page.$$eval(`table[data-stats="${name}"] tbody tr`, (trs) =>
      trs.map((tr) => [
        // The row's name (its first text), without the button that opens its profile.
        tr.querySelector('th').firstChild.textContent.replace(/\u00a0/g, ' '),
        Number(tr.querySelector('td').textContent),
      ]),
    );
  }

  test('the statistics show the right counts in real tables, and follow the filters', async () => {
    const { page, problems, context } = await ready();
    const open = page.getByRole('button', { name: 'Statistiques' });
    await page.waitForFunction(
      (n) =>
        document.querySelector('label:has(input[data-qpv-relation="in"]) .check__count')
          ?.textContent === n,
      String(INSIDE.length),
    );
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Les pôles en chiffres' });
    await dialog.waitFor();
    assert.match(await textOf(dialog), /62 pôle\(s\) sur 62, selon les filtres en cours/);
    for (const name of ['qpv', 'appel', 'sector', 'region']) {
      const table = dialog.locator(`table[data-stats="${name}"]`);
      assert.equal(await table.locator('caption').count(), 1);
      assert.equal(await table.locator('thead th[scope="col"]').count(), 3);
      assert.ok((await table.locator('tbody th[scope="row"]').count()) > 0);
    }
    assert.deepEqual(await tableRows(page, 'qpv'), [
      ['Dans un quartier prioritaire', 6],
      ["À moins de 1 km d'un quartier prioritaire", 11],
      ["À plus de 1 km d'un quartier prioritaire", 35],
      ['Localisation inconnue', 10],
    ]);
    assert.deepEqual(
      await tableRows(page, 'appel'),
      WAVES.map((w) => [w.name, all.filter((p) => p.appel === w.appel).length]),
    );
    const regions = count(all, (p) => [p.region]);
    const shownRegions = await tableRows(page, 'region');
    assert.deepEqual(new Map(shownRegions), regions);
    const sectors = count(all, (p) => (p.secteurs ? p.secteurs.split('|') : ['__none__']));
    const shownSectors = await tableRows(page, 'sector');
    assert.deepEqual(
      shownSectors.map(([, n]) => n).sort((a, b) => b - a),
      [...sectors.values()].sort((a, b) => b - a),
    );
    assert.ok(
      shownSectors.some(
        ([label, n]) => label === 'Culture et industries créatives' && n === sectors.get('culture'),
      ),
    );

    // Escape closes the dialog and gives focus back to its button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Statistiques');

    // With only the 2014 call checked, the figures are those of the 2014 call.
    for (const w of WAVES.slice(1)) await page.locator(`input[data-wave="${w.appel}"]`).uncheck();
    await open.click();
    await dialog.waitFor();
    const first = all.filter((p) => p.appel === 'AAP1-2014');
    assert.match(await textOf(dialog), new RegExp(`${first.length} pôle\\(s\\) sur 62`));
    assert.deepEqual(
      await tableRows(page, 'appel'),
      WAVES.map((w) => [w.name, w.appel === 'AAP1-2014' ? first.length : 0]),
    );
    assert.deepEqual(
      new Map(await tableRows(page, 'region')),
      count(first, (p) => [p.region]),
    );
    await dialog.getByRole('button', { name: 'Fermer les statistiques' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('accessibility and language', () => {
  const violations = async (page) =>
    (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`);

  test('no axe violation with the layer on, a QPV card, a place check and the statistics', async () => {
    const { page, problems, context } = await ready();
    await layerSwitch(page).check();
    await waitForLayer(page, 'points', { qpvDots: '1584' });
    await marker(page, 'Coopaxis').click();
    await page.locator('.details .qpv-relation[data-qpv-code]').click();
    await page.getByRole('region', { name: 'Sanitas' }).getByText('47,9 ha').waitFor();
    await page.getByRole('button', { name: 'Vérifier un lieu' }).click();
    await page.getByLabel('Commune, code INSEE ou code postal').fill('37261');
    await page.waitForFunction(
      () => !document.querySelector('.place-check__form button')?.disabled,
    );
    await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
    await page.locator('.place-check__verdict').waitFor();
    assert.deepEqual(await violations(page), []);
    await page.getByRole('button', { name: 'Statistiques' }).click();
    await page.getByRole('dialog').waitFor();
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('everything reads in English after the switch', async () => {
    const { page, problems, context } = await ready();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('switch', { name: 'Priority neighbourhoods (QPV)' }).check();
    await marker(page, 'La Coursive Boutaric').click();
    const details = page.getByRole('region', { name: 'La Coursive Boutaric' });
    await details.getByText('In the priority neighbourhood Les Grésilles (QN02103M)').waitFor();
    await page.getByRole('button', { name: 'Check a place' }).waitFor();
    await page.getByRole('button', { name: 'Figures' }).click();
    await page.getByRole('dialog', { name: 'The poles in figures' }).waitFor();
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

// Keeps the simplified contour the tests click in honest: a changed file fails here first.
test('the points used above are where the tests say', () => {
  const gresilles = qpvShapes.features.find((f) => f.properties.code === 'QN02103M');
  assert.ok(booleanPointInPolygon(IN_GRESILLES, gresilles.geometry));
  assert.ok(!booleanPointInPolygon(NORTH_OF_GRESILLES, gresilles.geometry));
  const d = pointToPolygonDistance(IN_GRESILLES, gresilles.geometry, { units: 'meters' });
  assert.ok(d < -100, `${d} m inside`);
});
