// "The pole stays in sight": whatever opens a pole's details (a link, Back/Forward, the list, a
// click on its marker), an imported site's or a QPV card, the map moves so that the place is not
// under the panel (side panel on a desktop or tablet, bottom sheet on a phone) and lies in the map.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { e2eSuite, waitForMarkers } from './harness.mjs';
import { locatedPoles } from './reference-data.mjs';

const { open } = e2eSuite();
const POLES = locatedPoles();

const VIEWPORTS = [
  { name: 'desktop 1366×800', viewport: { width: 1366, height: 800 }, phone: false },
  { name: 'tablet 1024×768', viewport: { width: 1024, height: 768 }, phone: false },
  { name: 'phone 390×844', viewport: { width: 390, height: 844 }, phone: true },
];

const QPV_POINTS = new Map(
  JSON.parse(readFileSync('public/data/qpv-2024-points.geojson', 'utf8')).features.map((f) => [
    f.properties.code,
    f.geometry.coordinates,
  ]),
);

/**
 * In the page: "ok" when `selector`'s box does not meet any of `covers` and lies in the map,
 * else what is wrong. `heading` (the details' title) must be shown first.
 */
function placeCheck({ selector, box, covers, heading }) {
  const titles = [...document.querySelectorAll('.details h2')].map((h) => h.textContent);
  if (heading && !titles.includes(heading)) return `no details titled ${heading}`;
  const map = document.querySelector('.leaflet-container').getBoundingClientRect();
  let b = box;
  if (selector) {
    const el = document.querySelector(selector);
    if (!el) return `no ${selector}`;
    const r = el.getBoundingClientRect();
    b = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  } else {
    b = {
      left: b.left + map.left,
      top: b.top + map.top,
      right: b.right + map.left,
      bottom: b.bottom + map.top,
    };
  }
  const shown = [...document.querySelectorAll(covers)].filter(
    (el) => el.getClientRects().length > 0,
  );
  if (shown.length === 0) return `no ${covers} shown`;
  for (const el of shown) {
    const c = el.getBoundingClientRect();
    const apart = b.right <= c.left || b.left >= c.right || b.bottom <= c.top || b.top >= c.bottom;
    if (!apart) {
      const f = (r) => [r.left, r.top, r.right, r.bottom].map(Math.round).join(',');
      return `place ${f(b)} under ${el.className} ${f(c)}`;
    }
  }
  const inside =
    b.left >= map.left && b.right <= map.right && b.top >= map.top && b.bottom <= map.bottom;
  return inside ? 'ok' : `place outside the map`;
}

/** Waits until the place is in sight, lets two frames pass, and asserts it still is. */
async function assertInSight(page, args, label) {
  await page
    .waitForFunction((a) => window.placeCheckFn(a) === 'ok', args, { timeout: 5000 })
    .catch(() => {});
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  assert.equal(await page.evaluate((a) => window.placeCheckFn(a), args), 'ok', label);
}

const poleInSight = (page, pole, label) =>
  assertInSight(
    page,
    {
      selector: `.leaflet-marker-icon[data-pole-id="${pole.id}"]`,
      covers: '.details',
      heading: pole.nom,
    },
    `${pole.id}, ${label}`,
  );

async function openPage(viewport, path) {
  const session = await open({
    viewport,
    path,
    // The check runs in the page, where the tests' functions cannot be passed by reference.
    beforeGoto: (page) => page.addInitScript(`window.placeCheckFn = ${placeCheck.toString()};`),
  });
  await waitForMarkers(session.page, POLES.length);
  return session;
}

/** Opens a link's selection in the running page, as Back/Forward or a pasted link would. */
async function followLink(page, id) {
  await page.evaluate((sel) => {
    const url = new URL(location.href);
    url.searchParams.set('sel', sel);
    history.pushState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }, id);
}

/** The id of the located pole whose marker lies nearest the side the details will cover. */
function farthestMarker(page, phone) {
  return page.evaluate((bottom) => {
    const map = document.querySelector('.leaflet-container').getBoundingClientRect();
    let best = null;
    for (const el of document.querySelectorAll('.leaflet-marker-icon[data-pole-id]')) {
      const r = el.getBoundingClientRect();
      if (r.left < map.left || r.right > map.right || r.top < map.top || r.bottom > map.bottom)
        continue;
      const score = bottom ? r.bottom : r.right;
      if (!best || score > best.score) best = { id: el.dataset.poleId, score };
    }
    return best.id;
  }, phone);
}

const byId = (id) => POLES.find((p) => p.id === id);

for (const { name, viewport, phone } of VIEWPORTS) {
  describe(name, () => {
    test(`every located pole opened by a link is out from under the ${phone ? 'sheet' : 'panel'}`, async () => {
      // The cases first, as real page loads: Coursive on a desktop, Le Damier on a phone.
      const first = byId(phone ? 'le-damier' : 'coursive-boutaric');
      const { page, context, problems } = await openPage(viewport, `?sel=${first.id}`);
      await poleInSight(page, first, 'page load');
      for (const pole of POLES) {
        await followLink(page, pole.id);
        await poleInSight(page, pole, 'link in the running page');
      }
      assert.deepEqual(await problems(), []);
      await context.close();
    });

    test('opened from the list, by a marker click, and with Back and Forward', async () => {
      const { page, context, problems } = await openPage(viewport, '');
      // A click on the marker the details will cover.
      const clicked = byId(await farthestMarker(page, phone));
      await page.locator(`.leaflet-marker-icon[data-pole-id="${clicked.id}"]`).click();
      await poleInSight(page, clicked, 'marker click');

      // From the list (on a phone, in its sheet), a pole far from the one open.
      const listed = byId(clicked.id === 'ecopal-reunion' ? 'neo56' : 'ecopal-reunion');
      if (phone) {
        // The sheet covers the "Liste" button: a user closes the details first.
        await page.getByRole('button', { name: 'Fermer les détails' }).click();
        await page.getByRole('button', { name: 'Liste', exact: true }).click();
      }
      await page.locator(`.pole-list__item[data-pole-id="${listed.id}"]`).click();
      await poleInSight(page, listed, 'list');

      // On a phone, closing the details was a step of its own in the history.
      const steps = phone ? 2 : 1;
      for (let i = 0; i < steps; i++) await page.goBack();
      await poleInSight(page, clicked, 'Back');
      for (let i = 0; i < steps; i++) await page.goForward();
      await poleInSight(page, listed, 'Forward');
      assert.deepEqual(await problems(), []);
      await context.close();
    });

    test('an imported site and a QPV card are out from under their panels', async () => {
      const { page, context, problems } = await openPage(viewport, '');
      // On a phone the file picker is in the filters sheet, as a user finds it.
      if (phone) await page.getByRole('button', { name: 'Filtres', exact: true }).click();
      await page.setInputFiles('#import-file', 'src/import/fixtures/ptce-fr.csv');
      await page.locator('.leaflet-marker-icon.imported-marker[data-site-id]').first().waitFor();
      if (phone)
        await page.locator('#sidebar').getByRole('button', { name: 'Fermer', exact: true }).click();
      const site = await page.evaluate((bottom) => {
        const map = document.querySelector('.leaflet-container').getBoundingClientRect();
        let best = null;
        for (const el of document.querySelectorAll('.imported-marker[data-site-id]')) {
          const r = el.getBoundingClientRect();
          if (r.left < map.left || r.right > map.right || r.top < map.top || r.bottom > map.bottom)
            continue;
          const score = bottom ? r.bottom : r.right;
          if (!best || score > best.score)
            best = {
              layer: el.dataset.layerId,
              site: el.dataset.siteId,
              name: el.getAttribute('aria-label'),
              score,
            };
        }
        return best;
      }, phone);
      const selector = `.imported-marker[data-layer-id="${site.layer}"][data-site-id="${site.site}"]`;
      await page.locator(selector).click();
      await assertInSight(
        page,
        { selector, covers: '.details', heading: site.name },
        `imported ${site.name}`,
      );
      await page.getByRole('button', { name: 'Fermer les détails' }).click();

      // A QPV card, opened by a link whose view puts the QPV where the card will show (top
      // left on a wide screen, the bottom sheet on a phone); where the QPV is drawn follows from
      // the view in the address, which follows every move.
      const code = 'QN03709M';
      const [lon, lat] = QPV_POINTS.get(code);
      const size = await page.evaluate(() => {
        const r = document.querySelector('.leaflet-container').getBoundingClientRect();
        return { width: r.width, height: r.height };
      });
      const zoom = 12;
      const scale = 256 * 2 ** zoom;
      const merc = (phi) => Math.log(Math.tan(Math.PI / 4 + (phi * Math.PI) / 360));
      const unmerc = (m) => (360 / Math.PI) * Math.atan(Math.exp(m)) - 90;
      // The QPV at (150, 150) of the map, or 150 px above its bottom on a phone.
      const [qx, qy] = phone ? [size.width / 2, size.height - 150] : [150, 150];
      const clon = lon + ((size.width / 2 - qx) / scale) * 360;
      const clat = unmerc(merc(lat) - ((size.height / 2 - qy) / scale) * 2 * Math.PI);
      await page.evaluate(
        (query) => {
          history.pushState(null, '', `?${query}`);
          dispatchEvent(new PopStateEvent('popstate'));
        },
        `quartier=${code}&map=${zoom}/${clat.toFixed(5)}/${clon.toFixed(5)}`,
      );
      await page.locator('.qpv-panel .qpv-card__facts').waitFor();
      const qpvBox = async () => {
        const view = await page.evaluate(() => new URL(location.href).searchParams.get('map'));
        const [z, vlat, vlon] = view.split('/').map(Number);
        const k = 256 * 2 ** z;
        const px = size.width / 2 + ((lon - vlon) / 360) * k;
        const py = size.height / 2 - ((merc(lat) - merc(vlat)) * k) / (2 * Math.PI);
        return { left: px - 12, top: py - 12, right: px + 12, bottom: py + 12 };
      };
      let verdict = '';
      for (let i = 0; i < 50 && verdict !== 'ok'; i++) {
        await page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
        verdict = await page.evaluate((a) => window.placeCheckFn(a), {
          box: await qpvBox(),
          covers: '.qpv-panel',
        });
      }
      assert.equal(verdict, 'ok', `QPV ${code}`);
      // And it stays so once the card and the view have settled.
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      assert.equal(
        await page.evaluate((a) => window.placeCheckFn(a), {
          box: await qpvBox(),
          covers: '.qpv-panel',
        }),
        'ok',
        `QPV ${code}, settled`,
      );
      assert.deepEqual(await problems(), []);
      await context.close();
    });
  });
}
