import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { e2eSuite, marker, markerNames, waitForBasemap, waitForMarkers } from './harness.mjs';
import { locatedPoles, referencePoles } from './reference-data.mjs';

const all = referencePoles();
const located = locatedPoles();
const { open, ready } = e2eSuite();

/** Waits until the pole's marker is drawn wholly inside the map. */
function waitForMarkerInMap(page, name) {
  return page.waitForFunction((n) => {
    const el = document.querySelector(`.leaflet-marker-icon[aria-label="${n}"]`);
    const map = document.querySelector('.map').getBoundingClientRect();
    const r = el?.getBoundingClientRect();
    return (
      r && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom
    );
  }, name);
}

describe('the core map', () => {
  test('shows one named marker per located pole, the basemap and the named neighbourhoods, cleanly', async () => {
    const { page, problems, context } = await ready();
    assert.deepEqual(await markerNames(page), located.map((p) => p.nom).sort());
    assert.equal(located.length, 52);
    // Every marker is a keyboard-focusable button.
    const roles = await page.$$eval('.pole-marker', (els) =>
      els.map((e) => `${e.getAttribute('role')}:${e.tabIndex}`),
    );
    assert.ok(
      roles.every((r) => r === 'button:0'),
      roles.join(','),
    );
    // The embedded basemap is drawn on canvas with non-empty pixels.
    await waitForBasemap(page);
    const painted = await page.$eval('.leaflet-overlay-pane canvas', (c) => {
      const ctx = c.getContext('2d');
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n / (c.width * c.height);
    });
    assert.ok(painted > 0.05, `basemap covers ${painted}`);
    for (const name of ['Les Grésilles', 'Sanitas', "Goutte D'Or"]) {
      assert.equal(await page.locator('.quartier-label', { hasText: name }).count(), 1, name);
    }
    const attribution = await page.locator('.leaflet-control-attribution').innerText();
    assert.match(attribution, /IGN/);
    assert.match(attribution, /ANCT/);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('marks approximate locations visibly and explains them in the legend', async () => {
    const { page, context } = await ready();
    const approx = located.filter(
      (p) => p.precision === 'commune' || p.precision === 'departement',
    );
    const shown = await page.$$eval('.pole-marker.is-approx', (els) =>
      els.map((e) => e.getAttribute('aria-label')).sort(),
    );
    assert.deepEqual(shown, approx.map((p) => p.nom).sort());
    assert.ok(shown.length > 10);
    assert.equal(await page.locator('.pole-marker:not(.is-approx)').count(), 3);
    await page
      .getByText('Localisation approximative (centre de la commune ou du département)')
      .waitFor();
    await context.close();
  });

  test('a click on a marker opens its details; Escape closes them and gives focus back', async () => {
    const { page, problems, context } = await ready();
    await marker(page, 'La Coursive Boutaric').click();
    const details = page.getByRole('region', { name: 'La Coursive Boutaric' });
    await details.waitFor();
    const text = await details.innerText();
    for (const expected of [
      'Dijon',
      'Bourgogne-Franche-Comté',
      'Les Grésilles (QN02103M)',
      'Culture et industries créatives',
      'Association La Coursive Boutaric',
      '2010',
      '1er appel à projets national PTCE',
      '10 janvier 2014',
      'confirmé',
      'centre du quartier',
    ]) {
      assert.ok(text.includes(expected), `details should show ${expected}`);
    }
    const site = details.getByRole('link', { name: 'https://www.la-coursive.fr/', exact: true });
    assert.equal(await site.getAttribute('href'), 'https://www.la-coursive.fr/');
    const coursive = all.find((p) => p.id === 'coursive-boutaric');
    const sources = await details
      .locator('.details__sources:not(.details__sources--wave) a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.equal(sources.length, coursive.sources.split('|').length);
    assert.ok(sources.every((h) => /^https?:\/\//.test(h)));
    // Focus moves into the panel, Escape closes it and focus returns to the marker.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'details-title');
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'La Coursive Boutaric',
    );
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('Enter on a focused marker opens the details; the close button closes them', async () => {
    const { page, context } = await ready();
    await marker(page, 'Coopaxis').focus();
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Coopaxis' });
    await details.waitFor();
    assert.match(await details.innerText(), /Tours/);
    await page.getByRole('button', { name: 'Fermer les détails' }).click();
    await details.waitFor({ state: 'detached' });
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'Coopaxis',
    );
    await context.close();
  });

  test('an approximate pole says so in its details', async () => {
    const { page, context } = await ready();
    await marker(page, 'La Serre – Le Multiple').click();
    const details = page.getByRole('region', { name: 'La Serre – Le Multiple' });
    await details.waitFor();
    const text = await details.innerText();
    assert.match(text, /localisation approximative/);
    assert.match(text, /centre de la commune/);
    await context.close();
  });

  test('unchecking a sector hides exactly the poles whose sectors are all unchecked', async () => {
    const { page, context } = await ready();
    const sectorsOf = (p) => (p.secteurs ? p.secteurs.split('|') : ['__none__']);
    const culture = page.locator('input[data-sector="culture"]');
    await culture.uncheck();
    const expected = located.filter((p) => sectorsOf(p).some((s) => s !== 'culture'));
    await waitForMarkers(page, expected.length);
    assert.deepEqual(await markerNames(page), expected.map((p) => p.nom).sort());
    assert.ok(expected.length < located.length);
    // The list follows the filters too.
    const listed = await page.locator('.pole-list__name').allInnerTexts();
    assert.ok(!listed.includes('La Coursive Boutaric'));
    assert.ok(listed.includes('La Serre – Le Multiple'));
    await culture.check();
    await waitForMarkers(page, located.length);
    // "Aucun" hides everything, "Tout" brings it back.
    await page.getByRole('button', { name: 'Aucun', exact: true }).click();
    await waitForMarkers(page, 0);
    await page.getByRole('button', { name: 'Tout', exact: true }).click();
    await waitForMarkers(page, located.length);
    await context.close();
  });

  test('sector labels carry the number of poles; call and membership filters work', async () => {
    const { page, context } = await ready();
    const count = (p, key) => (p.secteurs ? p.secteurs.split('|') : ['__none__']).includes(key);
    const cultureRow = page.locator('label', { has: page.locator('input[data-sector="culture"]') });
    assert.match(
      await cultureRow.innerText(),
      new RegExp(
        `Culture et industries créatives\\s*${all.filter((p) => count(p, 'culture')).length}`,
      ),
    );
    const noneRow = page.locator('label', { has: page.locator('input[data-sector="__none__"]') });
    assert.match(
      await noneRow.innerText(),
      new RegExp(`Non renseigné\\s*${all.filter((p) => !p.secteurs).length}`),
    );

    await page.getByRole('checkbox', { name: /^1er appel à projets national PTCE/ }).uncheck();
    const others = located.filter((p) => p.appel !== 'AAP1-2014');
    await waitForMarkers(page, others.length);
    assert.deepEqual(await markerNames(page), others.map((p) => p.nom).sort());
    await page.getByRole('checkbox', { name: /^1er appel à projets national PTCE/ }).check();

    await page.getByRole('checkbox', { name: "Pôles des membres de l'association" }).check();
    const members = located.filter((p) => p.membre_association === 'oui');
    assert.equal(members.length, 7);
    await waitForMarkers(page, members.length);
    assert.deepEqual(await markerNames(page), members.map((p) => p.nom).sort());
    await context.close();
  });

  test('lists the poles that are not on the map, and the list opens details and reveals the pole', async () => {
    const { page, context } = await ready();
    const unlocated = all.filter((p) => p.latitude === '');
    assert.equal(unlocated.length, 10);
    for (const p of unlocated) {
      const item = page.locator('.pole-list__item', { hasText: p.nom });
      // Known by its région only: it says so, and that it is not on the map.
      assert.match(
        await item.innerText(),
        new RegExp(`${p.region}, commune inconnue · non localisé sur la carte`),
      );
    }
    assert.equal(await page.locator('.pole-list__item').count(), all.length);
    await page.locator('.pole-list__item', { hasText: 'Ecopal' }).first().click();
    const name = all.find((p) => p.id === 'ecopal-reunion').nom;
    await page.getByRole('region', { name }).waitFor();
    // Réunion is far from the initial view: choosing it in the list brings its marker into view.
    await waitForMarkerInMap(page, name);
    await context.close();
  });

  test('overseas départements are one click away', async () => {
    const { page, context } = await ready();
    await page.getByRole('button', { name: 'Martinique' }).click();
    const name = all.find((p) => p.id === 'jardins-du-gros-morne').nom;
    await waitForMarkerInMap(page, name);
    await context.close();
  });

  test('has no axe violation, initially and with details open', async () => {
    const { page, context } = await ready();
    let result = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(
      result.violations.map((v) => `${v.id}: ${v.nodes.length}`),
      [],
    );
    await marker(page, 'Coopaxis').click();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    result = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(
      result.violations.map((v) => `${v.id}: ${v.nodes.length}`),
      [],
    );
    await context.close();
  });
});

describe('a data file that fails', () => {
  test('gets a specific message and a retry, and the rest of the map keeps working', async () => {
    let fail = true;
    const { page, context } = await open({
      allowFailures: [/ptce\.csv/, /500/],
      beforeGoto: (p) =>
        p.route('**/data/ptce.csv', (route) =>
          fail ? route.fulfill({ status: 500, body: 'boom' }) : route.continue(),
        ),
    });
    const alert = page.getByRole('alert');
    await alert
      .getByText('Le fichier ptce.csv n’a pas pu être chargé : le serveur a répondu 500.')
      .waitFor();
    assert.match(await alert.innerText(), /Les pôles ne sont pas affichés/);
    // The basemap still draws.
    await page.locator('.leaflet-overlay-pane canvas').first().waitFor();
    fail = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await waitForMarkers(page, located.length);
    assert.equal(await page.locator('[data-failed]').count(), 0);
    await context.close();
  });

  test('a missing basemap is reported while the poles stay usable', async () => {
    const { page, context } = await open({
      allowFailures: [/departements\.geojson/, /404/],
      beforeGoto: (p) =>
        p.route('**/data/departements.geojson', (route) =>
          route.fulfill({ status: 404, body: '' }),
        ),
    });
    await waitForMarkers(page, located.length);
    await page
      .getByRole('alert')
      .getByText(/departements\.geojson.*404/)
      .waitFor();
    await marker(page, 'Coopaxis').click();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    await context.close();
  });
});

describe('English', () => {
  test('the switch translates the interface, sector names and html lang', async () => {
    const { page, context } = await ready();
    await page.getByRole('button', { name: 'English' }).click();
    // The switch waits for the English strings, a chunk fetched on the first click.
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await page.getByText('Culture and creative industries').first().waitFor();
    await marker(page, 'Coopaxis').click();
    await page.getByRole('button', { name: 'Close the details' }).waitFor();
    await page.getByRole('button', { name: 'Français' }).click();
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    await context.close();
  });
});
