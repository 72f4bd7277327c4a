// A data file that is missing, failing, slow, cut short or interrupted: the app names the file,
// says what failed, offers a retry, and everything else keeps working. Requests are intercepted
// with page.route; nothing here needs the network.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  basemapPainted,
  e2eSuite,
  marker,
  markerNames,
  noAxeViolation,
  waitForBasemap,
  waitForMarkers,
} from './harness.mjs';
import { locatedPoles, referencePoles } from './reference-data.mjs';

const located = locatedPoles();
const { open } = e2eSuite();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Serves `file` through `handler` while `state.intercept` is true, then the real file. */
function routeFile(file, state, handler) {
  return (page) =>
    page.route(`**/data/${file}`, (route) => (state.intercept ? handler(route) : route.continue()));
}

describe('a data file that fails to arrive', () => {
  test('missing (404): named with its status, the rest works, and the retry draws it', async () => {
    const state = { intercept: true };
    const { page, problems, context } = await open({
      allowFailures: [/qpv-2024-cibles-ptce\.geojson/, /404/],
      beforeGoto: routeFile('qpv-2024-cibles-ptce.geojson', state, (r) =>
        r.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
      ),
    });
    await waitForMarkers(page, located.length);
    const alert = page.getByRole('alert');
    await alert
      .getByText(
        'Le fichier qpv-2024-cibles-ptce.geojson n’a pas pu être chargé : le serveur a répondu 404.',
      )
      .waitFor();
    assert.match(await alert.innerText(), /Les trois quartiers nommés ne sont pas dessinés/);
    assert.equal(await page.locator('.quartier-label').count(), 0);
    await waitForBasemap(page); // the basemap is still drawn
    await noAxeViolation(page);
    state.intercept = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await page.locator('.quartier-label', { hasText: 'Sanitas' }).waitFor();
    assert.equal(await page.locator('[data-failed]').count(), 0);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('missing on a static host (index.html with 200): reported as absent, not as data', async () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const { page, context } = await open({
      beforeGoto: (p) =>
        p.route('**/data/secteurs.csv', (r) =>
          r.fulfill({ status: 200, contentType: 'text/html', body: html }),
        ),
    });
    await page
      .getByRole('alert')
      .getByText('Le fichier secteurs.csv n’a pas pu être chargé : le fichier est absent.')
      .waitFor();
    await waitForBasemap(page);
    await context.close();
  });

  test('failing (500): the basemap is reported, the poles stay usable, the retry draws it', async () => {
    const state = { intercept: true };
    const { page, problems, context } = await open({
      allowFailures: [/departements\.geojson/, /500/],
      beforeGoto: routeFile('departements.geojson', state, (r) =>
        r.fulfill({ status: 500, body: 'Internal error' }),
      ),
    });
    await waitForMarkers(page, located.length);
    const alert = page.getByRole('alert');
    await alert.getByText(/departements\.geojson.*le serveur a répondu 500/).waitFor();
    assert.match(await alert.innerText(), /les pôles restent utilisables/);
    assert.equal(await basemapPainted(page), 0);
    await marker(page, 'Coopaxis').click();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    await page.locator('input[data-sector="culture"]').uncheck();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.pole-marker').length < n,
      located.length,
    );
    state.intercept = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-failed]'));
    await waitForBasemap(page); // drawn after the retry
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('slow (several seconds): named as slow after about 2 s, while the rest already works', async () => {
    const delay = 5000;
    let released = 0;
    const { page, problems, context } = await open({
      beforeGoto: (p) =>
        p.route('**/data/departements.geojson', async (route) => {
          await sleep(delay);
          released = Date.now();
          await route.continue();
        }),
    });
    const started = Date.now();
    // The poles do not wait for the basemap.
    await waitForMarkers(page, located.length);
    assert.ok(Date.now() - started < delay - 1000, 'markers before the slow file');
    const slow = page
      .getByRole('status')
      .getByText('departements.geojson tarde à arriver ; le reste de la carte reste utilisable.');
    await slow.waitFor({ timeout: delay });
    const shownAfter = Date.now() - started;
    assert.ok(shownAfter >= 1500 && shownAfter < delay, `slow notice after ${shownAfter} ms`);
    assert.equal(released, 0, 'the file is still on its way');
    // Other files are not named, and the map is usable meanwhile.
    assert.equal(await page.locator('[data-slow-file]').count(), 1);
    await marker(page, 'Coopaxis').click();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    await noAxeViolation(page);
    // Once it arrives, the notice goes and the basemap is drawn.
    await slow.waitFor({ state: 'detached', timeout: delay + 5000 });
    assert.ok(released > 0);
    await page.waitForFunction(() => !document.querySelector('.load-status .loading'));
    await waitForBasemap(page);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
  test('stalled (nothing for 20 s): given up with a message and a retry that loads it', async () => {
    let release;
    let first = true;
    const { page, problems, context } = await open({
      allowFailures: [/qpv-2024-cibles-ptce\.geojson/],
      beforeGoto: (p) =>
        p.route('**/data/qpv-2024-cibles-ptce.geojson', async (route) => {
          if (!first) return route.continue();
          first = false;
          // Never answers: the app has to give up by itself.
          await new Promise((r) => (release = r));
          await route.abort().catch(() => {});
        }),
    });
    await waitForMarkers(page, located.length);
    await page
      .getByText('qpv-2024-cibles-ptce.geojson tarde à arriver', { exact: false })
      .waitFor();
    const alert = page.getByRole('alert');
    await alert
      .getByText(
        'Le fichier qpv-2024-cibles-ptce.geojson n’a pas pu être chargé : plus rien n’est arrivé pendant 20 s.',
      )
      .waitFor({ timeout: 25000 });
    assert.equal(await page.locator('[data-slow-file]').count(), 0, 'no longer listed as slow');
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await page.locator('.quartier-label', { hasText: 'Sanitas' }).waitFor();
    release();
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('a data file that arrives incomplete', () => {
  test('a GeoJSON cut in half: "incomplete", with a retry that draws it', async () => {
    const whole = readFileSync('public/data/regions.geojson', 'utf8');
    const half = whole.slice(0, Math.floor(whole.length / 2));
    const state = { intercept: true };
    const { page, problems, context } = await open({
      beforeGoto: routeFile('regions.geojson', state, (r) =>
        r.fulfill({ status: 200, contentType: 'application/geo+json', body: half }),
      ),
    });
    await waitForMarkers(page, located.length);
    const alert = page.getByRole('alert');
    await alert
      .getByText(
        `Le fichier regions.geojson n’a pas pu être chargé : le fichier est incomplet, il s’arrête net après ${half.length} caractères.`,
      )
      .waitFor();
    state.intercept = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-failed]'));
    await waitForBasemap(page);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a download that stops before its Content-Length: "interrupted", with the byte counts', async () => {
    const whole = readFileSync('public/data/departements.geojson');
    const part = whole.subarray(0, 100000);
    const { page, context } = await open({
      beforeGoto: (p) =>
        p.route('**/data/departements.geojson', (r) =>
          r.fulfill({
            status: 200,
            headers: {
              'content-type': 'application/geo+json',
              'content-length': String(whole.length),
            },
            body: part,
          }),
        ),
    });
    await waitForMarkers(page, located.length);
    await page
      .getByRole('alert')
      .getByText(
        `Le fichier departements.geojson n’a pas pu être chargé : le téléchargement s’est interrompu avant la fin (100000 octets reçus sur ${whole.length}).`,
      )
      .waitFor();
    await context.close();
  });

  test('ptce.csv cut mid-row: the rows before the cut load, the cut row is reported, retry loads all', async () => {
    const text = readFileSync('public/data/ptce.csv', 'utf8');
    // The eleventh data row starts after the eleventh line break (no field spans lines).
    let offset = 0;
    for (let i = 0; i < 11; i++) offset = text.indexOf('\n', offset) + 1;
    const cut = text.slice(0, offset + 60);
    const before = referencePoles()
      .slice(0, 10)
      .filter((p) => p.latitude !== '');
    assert.ok(before.length >= 8 && before.length < located.length);
    const state = { intercept: true };
    const { page, problems, context } = await open({
      beforeGoto: routeFile('ptce.csv', state, (r) =>
        r.fulfill({ status: 200, contentType: 'text/csv', body: cut }),
      ),
    });
    await waitForMarkers(page, before.length);
    assert.deepEqual(await markerNames(page), before.map((p) => p.nom).sort());
    const warning = page.locator('[data-truncated="poles"]');
    await warning.waitFor();
    assert.equal(
      await warning.locator('p').innerText(),
      'Le fichier ptce.csv est incomplet : il s’arrête au milieu de la ligne 12, qui n’est pas chargée. Les 10 pôle(s) des lignes précédentes sont affichés.',
    );
    // The loading report lists the cut row with its reason.
    await page.locator('.data-report summary').click();
    await page
      .locator('.data-report li.issue--rejected', {
        hasText: 'ligne 12, champ « * » : ligne incomplète',
      })
      .waitFor();
    await noAxeViolation(page);
    state.intercept = false;
    await warning.getByRole('button', { name: 'Réessayer' }).click();
    await waitForMarkers(page, located.length);
    await warning.waitFor({ state: 'detached' });
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('nothing loads at all', () => {
  test('every data file unreachable: every group is named, with a retry, and the page is not blank', async () => {
    const { page, context } = await open({
      allowFailures: [/\/data\//, /Failed to load resource/],
      beforeGoto: (p) => p.route('**/data/**', (r) => r.abort('internetdisconnected')),
    });
    const alert = page.getByRole('alert');
    // Each group names the first of its files that failed.
    for (const file of [
      '(secteurs|ptce)\\.csv',
      '(regions|departements)\\.geojson',
      'qpv-2024-cibles-ptce\\.geojson',
    ]) {
      await alert
        .getByText(
          new RegExp(`^Le fichier ${file} n’a pas pu être chargé : le réseau ne répond pas\\.`),
        )
        .waitFor();
    }
    assert.equal(await alert.getByRole('button', { name: 'Réessayer' }).count(), 3);
    // The page keeps its header, its sidebar and an empty map that can be panned and zoomed.
    await page.getByRole('heading', { name: 'Carte des PTCE' }).waitFor();
    await page.getByRole('region', { name: 'Carte des pôles' }).waitFor();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await noAxeViolation(page);
    await context.close();
  });
});

describe('a crash in one panel', () => {
  test('the details panel crashing says what happened; the map, filters and list keep working', async () => {
    const { page, problems, context } = await open({
      allowFailures: [/panne simulée/],
    });
    await waitForMarkers(page, located.length);
    // Only the details panel focuses a heading when it opens: making that throw crashes it
    // from the outside, with nothing test-specific in the app.
    await page.evaluate(() => {
      const original = HTMLHeadingElement.prototype.focus;
      window.__restoreFocus = () => (HTMLHeadingElement.prototype.focus = original);
      HTMLHeadingElement.prototype.focus = () => {
        throw new Error('panne simulée');
      };
    });
    await marker(page, 'Coopaxis').click();
    const crashed = page.locator('[data-boundary="details"]');
    await crashed.waitFor();
    assert.equal(await crashed.getAttribute('role'), 'alert');
    assert.match(
      await crashed.innerText(),
      /Cette partie de l’application a rencontré une erreur : panne simulée/,
    );
    // The rest of the page is untouched.
    assert.equal(await page.locator('[data-boundary]').count(), 1);
    await page.locator('input[data-sector="culture"]').uncheck();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.pole-marker').length < n,
      located.length,
    );
    await page.locator('input[data-sector="culture"]').check();
    await waitForMarkers(page, located.length);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await noAxeViolation(page);
    // Once the cause is gone, "Réessayer" brings the panel back.
    await page.evaluate(() => window.__restoreFocus());
    await crashed.getByRole('button', { name: 'Réessayer' }).click();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    assert.equal(await page.locator('[data-boundary]').count(), 0);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});
