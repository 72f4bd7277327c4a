// "Bring your own data", end to end: files go through the real file input (or a real drop) of
// the production build, and every assertion is about what the user sees or downloads.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { generatedCsv, measureLargeImport } from '../../scripts/bench-import.mjs';
import { e2eSuite, noAxeViolation, waitForMarkers, LOCATED } from './harness.mjs';

const FIXTURES = 'src/import/fixtures/';
const REFERENCE_POLES = LOCATED;
const { ready } = e2eSuite();

const status = (page) => page.locator('[role="status"].import-panel__status');
const importedMarkers = (page) => page.locator('.leaflet-marker-icon.imported-marker');
const issueItems = (page) => page.locator('.import-report__list li');
const layerItem = (page, name) =>
  page.locator('.layer-item', { has: page.locator('.layer-item__name', { hasText: name }) });

async function importFixture(page, name) {
  await page.setInputFiles('#import-file', FIXTURES + name);
}

async function importBuffer(page, name, content, mimeType = 'text/csv') {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  await page.setInputFiles('#import-file', { name, mimeType, buffer });
}

/** Waits for the summary of `fileName` and returns it. */
async function summary(page, fileName) {
  const line = status(page)
    .filter({ hasText: `« ${fileName} »` })
    .filter({ hasText: /sites? importés?/ });
  await line.waitFor({ timeout: 30000 });
  return (await line.innerText()).replace(/\s+/g, ' ');
}

async function waitImported(page, count) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('.leaflet-marker-icon.imported-marker').length === n,
    count,
    { timeout: 15000 },
  );
}

async function importedNames(page) {
  return (
    await importedMarkers(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
  ).sort();
}

/** The listed row issues; every caller expects at least one, and the report renders lazily. */
async function issues(page) {
  await issueItems(page).first().waitFor();
  return (await issueItems(page).allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
}

const imported = (page, name) =>
  page.locator(`.leaflet-marker-icon.imported-marker[aria-label="${name}"]`);

async function openDetails(page, name) {
  await imported(page, name).click();
  const details = page.getByRole('region', { name });
  await details.waitFor();
  return details;
}

async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

const sceneCount = (page) =>
  page.evaluate(() => Number(document.querySelector('.map')?.dataset.importedScene ?? 0));

async function nextScene(page, after) {
  await page.waitForFunction(
    (n) => Number(document.querySelector('.map')?.dataset.importedScene ?? 0) > n,
    after,
    { timeout: 30000 },
  );
}

/** Enter on clusters until a single site has the focus; returns its name. */
async function keyboardToSite(page) {
  for (let i = 0; i < 20; i++) {
    const focused = await page.evaluate(() => document.activeElement?.className ?? '');
    if (/imported-marker/.test(focused)) {
      return page.evaluate(() => document.activeElement.getAttribute('aria-label'));
    }
    assert.match(focused, /imported-cluster/, 'a cluster or a site has the focus');
    // The cluster pressed stays focused until the scene of the new zoom replaces it: a scene
    // that arrives before (the layer being saved) must not count as the answer.
    await page.evaluate(() => document.activeElement.setAttribute('data-pressed', ''));
    const before = await sceneCount(page);
    await page.keyboard.press('Enter');
    await nextScene(page, before);
    await page.waitForFunction(() => {
      const el = document.activeElement;
      return (
        /imported-(marker|cluster)/.test(el?.className ?? '') && !el.hasAttribute('data-pressed')
      );
    });
  }
  throw new Error('no single site reached with the keyboard');
}

describe('importing a file', () => {
  test('a UTF-8 CSV with ";" and decimal commas: summary, every row accounted for, markers', async () => {
    const { page, problems, context } = await ready();
    await importFixture(page, 'ptce-fr.csv');
    assert.equal(
      await summary(page, 'ptce-fr.csv'),
      '« ptce-fr.csv » : 4 sites importés, 3 lignes rejetées, 3 corrigées.',
    );
    await waitImported(page, 4);
    assert.deepEqual(await importedNames(page), [
      'Coopaxis',
      'Culture et Coopération',
      'La Coursive Boutaric',
      'Tiers-lieu lyonnais',
    ]);
    // Every rejected or corrected row, with its row number and the reason.
    await issueItems(page).first().waitFor();
    const rows = await issues(page);
    assert.equal(rows.length, 7);
    assert.match(
      rows[0],
      /^Ligne 3 \(ligne 4 du fichier texte\) \(corrigée\) : Latitude et longitude inversées/,
    );
    assert.ok(
      rows.some((r) => /^Ligne 6 .*\(rejetée\) : Point hors de France/.test(r)),
      rows.join('\n'),
    );
    assert.ok(rows.some((r) => /^Ligne 7 .*\(rejetée\) : « .* » n’est pas un nombre/.test(r)));
    assert.ok(rows.some((r) => /^Ligne 9 .*\(rejetée\) : Ni coordonnées ni commune/.test(r)));
    assert.ok(rows.some((r) => /Sans coordonnées : placé au centre de la commune/.test(r)));
    // The layer: named after the file, its own switch and count; the reference data is untouched.
    const layer = layerItem(page, 'ptce-fr.csv');
    assert.match(await layer.innerText(), /ptce-fr\.csv\s*4/);
    assert.equal(await page.locator('.leaflet-marker-icon.pole-marker').count(), REFERENCE_POLES);
    // The sector outside the taxonomy is its own filter entry, with the text of the file.
    const custom = page.locator('label', {
      has: page.locator('input[data-sector="custom:tiers-lieu"]'),
    });
    assert.match(await custom.innerText(), /Tiers-lieu\s*1/);
    // The corrected (swapped) coordinates are the ones shown, and the website was completed.
    const details = await openDetails(page, 'Coopaxis');
    const text = await details.innerText();
    assert.match(text, /47\.38119, 0\.69854/);
    assert.match(text, /ptce-fr\.csv/);
    assert.equal(
      await details.getByRole('link').getAttribute('href'),
      'https://www.artefacts.coop/',
    );
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a Windows-1252 CSV (Excel in French) shows its accents right, placed at commune centres', async () => {
    const { page, problems, context } = await ready();
    await importFixture(page, 'ptce-windows-1252.csv');
    assert.match(
      await summary(page, 'ptce-windows-1252.csv'),
      /2 sites importés, 0 ligne rejetée, 2 corrigées/,
    );
    await waitImported(page, 2);
    assert.deepEqual(await importedNames(page), ['Café de la Gare', 'L’Atelier œuvre']);
    assert.equal(await page.locator('.imported-marker.is-approx').count(), 2);
    const details = await openDetails(page, 'L’Atelier œuvre');
    const text = await details.innerText();
    assert.match(text, /Saint-Étienne/);
    assert.match(text, /Budget 10 000 €/);
    assert.match(text, /position est approximative/);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a TSV keeps its multi-line cells and reports the row it could not place', async () => {
    const { page, context } = await ready();
    await importFixture(page, 'sites.tsv');
    assert.match(await summary(page, 'sites.tsv'), /2 sites importés, 1 ligne rejetée/);
    await waitImported(page, 2);
    const rows = await issues(page);
    assert.equal(rows.length, 1);
    assert.match(rows[0], /^Ligne 4 .*\(rejetée\) : Commune « .* » introuvable/);
    const details = await openDetails(page, 'Digital hub');
    assert.match(
      await details.locator('.details__description').innerText(),
      /Line one\nline two\nline three/,
    );
    await context.close();
  });

  test('a GeoJSON: points, polygons and lines drawn; null and invalid geometries reported, not drawn', async () => {
    const { page, problems, context } = await ready();
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await importFixture(page, 'sites.geojson');
    assert.match(
      await summary(page, 'sites.geojson'),
      /8 sites importés, 7 lignes rejetées, 2 corrigées/,
    );
    await waitImported(page, 8);
    const rows = await issues(page);
    assert.ok(
      rows.some((r) => /^Objet 10 \(corrigée\) : Contour de polygone non fermé/.test(r)),
      rows.join('\n'),
    );
    assert.ok(
      rows.some((r) => /^Objet 7 \(rejetée\) : Objet sans géométrie/.test(r)),
      rows.join('\n'),
    );
    assert.ok(rows.some((r) => /Géométrie invalide/.test(r)));
    // Polygons and lines are on a canvas of their own, over the basemap's (the communes' one,
    // drawn from zoom 8, is not counted).
    await page.waitForFunction(
      () =>
        document.querySelectorAll(
          '.leaflet-overlay-pane canvas:not(.leaflet-ptce-communes-pane > canvas)',
        ).length === 2,
    );
    const details = await openDetails(page, 'Polygone en U');
    assert.match(await details.innerText(), /Objet du fichier \(n°\)\s*3/);
    // Every feature has a geometry: the commune files (1.9 MB) were never needed, nor fetched.
    assert.deepEqual(
      requested.filter((u) => /\/data\/communes-/.test(u)),
      [],
    );
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('Lambert-93 coordinates are reprojected to WGS84', async () => {
    const { page, context } = await ready();
    await importFixture(page, 'sites-lambert93-sure.csv');
    assert.match(
      await summary(page, 'sites-lambert93-sure.csv'),
      /3 sites importés, 0 ligne rejetée/,
    );
    await page.getByText('Coordonnées Lambert-93 converties en WGS84 : 3.').waitFor();
    await waitImported(page, 3);
    const details = await openDetails(page, 'Coursive Boutaric');
    assert.match(await details.innerText(), /47\.333\d\d, 5\.067\d\d/);
    await context.close();
  });

  test('an unsure file goes through the mapping step; "Modifier les colonnes" re-imports in place', async () => {
    const { page, problems, context } = await ready();
    await importFixture(page, 'ptce-lambert93.csv');
    const form = page.getByRole('form', { name: 'Colonnes de « ptce-lambert93.csv »' });
    await form.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'mapping-title');
    assert.match(
      await form.innerText(),
      /Les colonnes « x » et « y » ont été lues comme longitude et latitude/,
    );
    assert.equal(await form.getByLabel('Longitude (ou X)').inputValue(), 'x');
    assert.equal(await form.getByLabel('Latitude (ou Y)').inputValue(), 'y');
    assert.equal(await importedMarkers(page).count(), 0, 'nothing is drawn before the check');
    await noAxeViolation(page);
    await form.getByLabel('Projection des coordonnées').selectOption('EPSG:2154');
    await form.getByRole('button', { name: 'Importer avec ces colonnes' }).click();
    assert.match(await summary(page, 'ptce-lambert93.csv'), /4 sites importés, 0 ligne rejetée/);
    await waitImported(page, 4);
    assert.ok((await importedNames(page)).includes('Coursive Boutaric'));

    // On demand: change the name column; the layer is replaced, not duplicated.
    await page.getByRole('button', { name: 'Modifier les colonnes' }).click();
    const again = page.getByRole('form', { name: 'Colonnes de « ptce-lambert93.csv »' });
    await again.getByLabel('Nom', { exact: true }).selectOption('');
    await again.getByLabel('Projection des coordonnées').selectOption('EPSG:2154');
    await again.getByRole('button', { name: 'Importer avec ces colonnes' }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.imported-marker')].some((m) =>
        /^Site sans nom \(ligne 2\)$/.test(m.getAttribute('aria-label')),
      ),
    );
    await waitImported(page, 4);
    assert.equal(await page.locator('.layer-item').count(), 1);
    // A mapping without any location column is refused with a reason.
    await page.getByRole('button', { name: 'Modifier les colonnes' }).click();
    const third = page.getByRole('form');
    await third.getByLabel('Longitude (ou X)').selectOption('');
    await third.getByRole('button', { name: 'Importer avec ces colonnes' }).click();
    await third
      .getByRole('alert')
      .getByText(/Choisissez une latitude et une longitude/)
      .waitFor();
    await third.getByRole('button', { name: 'Annuler', exact: true }).click();
    assert.match(await status(page).innerText(), /Import de « ptce-lambert93\.csv » annulé/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'import-file');
    assert.equal(await page.locator('.layer-item').count(), 1);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('rows with a commune, INSEE code or postcode only are placed at the commune centre, marked approximate', async () => {
    const { page, context } = await ready();
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await importFixture(page, 'communes-only.csv');
    assert.match(
      await summary(page, 'communes-only.csv'),
      /6 sites importés, 2 lignes rejetées, 6 corrigées/,
    );
    // Five in mainland France; "B" (Saint-Denis, 97400) is on La Réunion, drawn once in view.
    await waitImported(page, 5);
    assert.equal(await page.locator('.imported-marker.is-approx').count(), 5);
    await page.getByRole('button', { name: 'La Réunion', exact: true }).click();
    await imported(page, 'B').waitFor();
    assert.match(await imported(page, 'B').getAttribute('class'), /is-approx/);
    const rows = await issues(page);
    assert.ok(
      rows.some((r) => /^Ligne 2 \(rejetée\) : Commune « Saint-Denis » ambiguë/.test(r)),
      rows.join('\n'),
    );
    // The commune files were read, once, by the worker, when the first row needed them.
    assert.deepEqual(
      requested.filter((u) => /\/data\/communes-/.test(u)).map((u) => u.replace(/.*\//, '')),
      ['communes-centres.csv', 'communes-codes-postaux.csv'],
    );
    // The legend explains the dashed ring of imported sites too.
    await page.getByText('Site importé placé au centre de sa commune').waitFor();
    await context.close();
  });

  test('files that cannot be read at all get one clear alert, and no layer', async () => {
    const { page, problems, context } = await ready();
    const cases = [
      ['vide.csv', '', 'Impossible d’importer « vide.csv » : Le fichier est vide.'],
      [
        'photo.csv',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]),
        'Impossible d’importer « photo.csv » : Ce fichier n’est pas un fichier texte : c’est une image.',
      ],
      ['cassé.geojson', '{"type": "FeatureCollection", "features": [', /JSON invalide/],
      ['objets-vides.json', '[{}, {}]', /Aucune colonne exploitable .*colonnes trouvées : aucune/],
    ];
    for (const [name, content, expected] of cases) {
      await importBuffer(page, name, content);
      const alert = page.getByRole('alert').filter({ hasText: `« ${name} »` });
      await alert.waitFor();
      if (typeof expected === 'string') assert.equal((await alert.innerText()).trim(), expected);
      else assert.match(await alert.innerText(), expected);
      assert.equal(await page.locator('[role="alert"]:not(:empty)').count(), 1);
    }
    assert.equal(await page.locator('.layer-item').count(), 0);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('text from a file is never HTML, and only http(s) URLs become links', async () => {
    const { page, problems, context } = await ready();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const images = await page.locator('img').count();
    await importFixture(page, 'injection.csv');
    assert.match(await summary(page, 'injection.csv'), /3 sites importés/);
    await waitImported(page, 3);
    const name = '<img src=x onerror=alert(1)>';
    assert.ok((await importedNames(page)).includes(name));
    const details = await openDetails(page, name);
    assert.equal(await details.getByRole('heading', { level: 2 }).innerText(), name);
    assert.match(await details.innerText(), /<b>gras<\/b> et <script>alert\(2\)<\/script>/);
    // No link for the javascript: URL, and nothing was turned into an element.
    assert.equal(await details.getByRole('link').count(), 0);
    assert.equal(await page.locator('img').count(), images);
    assert.equal(await page.locator('img[src="x"], .details script, .details b').count(), 0);
    assert.ok(
      (await issues(page)).some((r) =>
        r.includes('Site web ignoré : « javascript:alert(1) » n’est pas une adresse http(s)'),
      ),
    );
    assert.equal(dialogs, 0);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('the file input is a real, labelled, keyboard-operable <input type="file">', async () => {
    const { page, context } = await ready();
    const input = page.getByLabel('Importer des données');
    assert.equal(await input.getAttribute('type'), 'file');
    assert.equal(await input.getAttribute('accept'), '.csv,.tsv,.txt,.geojson,.json');
    // Listening first: playwright intercepts the chooser only once the listener is set up.
    const chosen = page.waitForEvent('filechooser');
    await input.focus();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'import-file');
    await page.keyboard.press('Enter');
    const chooser = await chosen;
    await chooser.setFiles(FIXTURES + 'sites.tsv');
    assert.match(await summary(page, 'sites.tsv'), /2 sites importés/);
    await context.close();
  });

  test('a file dropped on the map is imported, with visible feedback while dragging', async () => {
    const { page, problems, context } = await ready();
    const dataTransfer = await page.evaluateHandle(
      (text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'déposé.csv', { type: 'text/csv' }));
        dt.items.add(new File(['x'], 'autre.csv', { type: 'text/csv' }));
        return dt;
      },
      readFileSync(FIXTURES + 'ptce-fr.csv', 'utf8'),
    );
    await page.dispatchEvent('.map', 'dragenter', { dataTransfer });
    await page
      .locator('.drop-zone.is-active')
      .getByText('Déposez le fichier pour l’importer')
      .waitFor();
    await page.dispatchEvent('.map', 'drop', { dataTransfer });
    assert.match(await summary(page, 'déposé.csv'), /4 sites importés/);
    assert.equal(await page.locator('.drop-zone.is-active').count(), 0);
    assert.match(
      await status(page).innerText(),
      /Un fichier à la fois : autre\.csv n’a pas été importé/,
    );
    await waitImported(page, 4);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('in English, the summary and the reasons are translated', async () => {
    const { page, context } = await ready();
    await importFixture(page, 'ptce-fr.csv');
    await summary(page, 'ptce-fr.csv');
    await page.getByRole('button', { name: 'English' }).click();
    await status(page)
      .getByText('“ptce-fr.csv”: 4 sites imported, 3 rows rejected, 3 corrected.')
      .waitFor();
    assert.match(
      (await issues(page))[0],
      /^Row 3 \(line 4 of the text file\) \(corrected\): Latitude and longitude were swapped/,
    );
    await context.close();
  });
});

describe('files people bring', () => {
  test('rows that share an id are both imported, and the report names the rows and the id', async () => {
    const { page, problems, context } = await ready();
    await importBuffer(
      page,
      'ids.csv',
      'id;nom;lat;lon\nA1;Premier;45.76;4.83\nB2;Deuxième;45.75;4.85\nA1;Troisième;45.74;4.87\n',
    );
    assert.match(await summary(page, 'ids.csv'), /3 sites importés, 0 ligne rejetée, 1 corrigée/);
    await waitImported(page, 3);
    assert.deepEqual(await importedNames(page), ['Deuxième', 'Premier', 'Troisième']);
    assert.deepEqual(await issues(page), [
      'Ligne 4 (corrigée) : Identifiant « A1 » en double (lignes 2 et 4) : toutes sont gardées',
    ]);
    await page.getByRole('button', { name: 'English' }).click();
    await issueItems(page)
      .getByText('Duplicate id “A1” (rows 2 and 4): all of them are kept')
      .waitFor();
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a bare geometry, or features without properties, import at once as "Objet 1", …', async () => {
    const { page, problems, context } = await ready();
    await importBuffer(
      page,
      'point.geojson',
      '{"type": "Point", "coordinates": [2.35, 48.85]}',
      'application/geo+json',
    );
    assert.match(await summary(page, 'point.geojson'), /1 site importé, 0 ligne rejetée/);
    assert.equal(await page.getByRole('form').count(), 0, 'no mapping step');
    await waitImported(page, 1);
    const details = await openDetails(page, 'Objet 1');
    assert.equal(await details.getByRole('heading', { level: 2 }).innerText(), 'Objet 1');
    await details.getByRole('button', { name: 'Fermer les détails' }).click();

    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [4.83, 45.76] } },
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'Point', coordinates: [5.04, 47.32] },
        },
      ],
    };
    await importBuffer(page, 'sans-nom.geojson', JSON.stringify(collection), 'application/json');
    assert.match(await summary(page, 'sans-nom.geojson'), /2 sites importés, 0 ligne rejetée/);
    assert.equal(await page.getByRole('form').count(), 0, 'no mapping step');
    await waitImported(page, 3);
    assert.deepEqual(await importedNames(page), ['Objet 1', 'Objet 1', 'Objet 2']);
    await page.getByRole('button', { name: 'English' }).click();
    await imported(page, 'Feature 2').waitFor();
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a polygon ring that is not closed is closed, and the report says so', async () => {
    const { page, problems, context } = await ready();
    await importFixture(page, 'open-ring.geojson');
    assert.match(
      await summary(page, 'open-ring.geojson'),
      /1 site importé, 0 ligne rejetée, 1 corrigée/,
    );
    await waitImported(page, 1);
    const [row] = await issues(page);
    assert.match(
      row,
      /^Objet 1 \(corrigée\) : Contour de polygone non fermé \(le dernier point n’est pas le premier\) : fermé en revenant au premier point$/,
    );
    assert.doesNotMatch(row, /pas assez de points/);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('the commune list of @etalab/decoupage-administratif goes through the mapping step and lands at the commune centres', async () => {
    const { page, problems, context } = await ready();
    await importFixture(page, 'communes-decoupage.json');
    const form = page.getByRole('form', { name: 'Colonnes de « communes-decoupage.json »' });
    await form.waitFor();
    assert.match(
      await form.innerText(),
      /Aucune colonne de coordonnées, de commune, de code INSEE ou de code postal reconnue/,
    );
    assert.equal(
      await page.getByRole('alert').filter({ hasText: 'communes-decoupage.json' }).count(),
      0,
      'not refused',
    );
    assert.equal(await form.getByLabel('Nom', { exact: true }).inputValue(), 'nom');
    await form.getByLabel('Code INSEE').selectOption('code');
    await noAxeViolation(page);
    await form.getByRole('button', { name: 'Importer avec ces colonnes' }).click();
    assert.match(
      await summary(page, 'communes-decoupage.json'),
      /5 sites importés, 0 ligne rejetée, 5 corrigées/,
    );
    // Saint-Denis is on La Réunion, out of the first view; the four others are in it.
    await waitImported(page, 4);
    assert.equal(await page.locator('.imported-marker.is-approx').count(), 4);
    const details = await openDetails(page, 'Rennes');
    assert.match(await details.innerText(), /Code INSEE\s+35238/);
    const postcodes = details
      .locator('.details__others dt', { hasText: 'codesPostaux' })
      .locator('xpath=following-sibling::dd[1]');
    assert.deepEqual(await postcodes.getByRole('listitem').allInnerTexts(), [
      '35000',
      '35200',
      '35700',
    ]);
    await noAxeViolation(page);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('imported layers', () => {
  test('survive a reload (IndexedDB), and can be removed and brought back once', async () => {
    const { page, problems, context } = await ready();
    await importFixture(page, 'ptce-fr.csv');
    await summary(page, 'ptce-fr.csv');
    await layerItem(page, 'ptce-fr.csv').getByText('conservée dans ce navigateur').waitFor();

    await page.reload();
    await waitForMarkers(page, REFERENCE_POLES);
    await layerItem(page, 'ptce-fr.csv').waitFor();
    await waitImported(page, 4);
    assert.match(await layerItem(page, 'ptce-fr.csv').innerText(), /ptce-fr\.csv\s*4/);
    // The restored layer's sites open like any other.
    await openDetails(page, 'Tiers-lieu lyonnais');
    await page.keyboard.press('Escape');

    // Removing asks nothing; "Annuler" brings it back, once.
    await page.getByRole('button', { name: 'Retirer la couche « ptce-fr.csv »' }).click();
    await waitImported(page, 0);
    assert.equal(await page.locator('.layer-item').count(), 0);
    const undo = page.getByRole('button', { name: 'Annuler', exact: true });
    await page.getByText('Couche « ptce-fr.csv » retirée.').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Annuler');
    await undo.click();
    await waitImported(page, 4);
    await layerItem(page, 'ptce-fr.csv').getByText('conservée dans ce navigateur').waitFor();
    assert.equal(await undo.count(), 0);
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('data-layer-id') !== null),
      true,
    );

    // Removed for good: gone after a reload.
    await page.getByRole('button', { name: 'Retirer la couche « ptce-fr.csv »' }).click();
    await page.getByText('Couche « ptce-fr.csv » retirée.').waitFor();
    await page.reload();
    await waitForMarkers(page, REFERENCE_POLES);
    await page.waitForTimeout(500);
    assert.equal(await page.locator('.layer-item').count(), 0);
    assert.equal(await importedMarkers(page).count(), 0);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('each file is its own layer with its own switch; the sector filters apply to imported sites', async () => {
    const { page, context } = await ready();
    await importFixture(page, 'ptce-fr.csv');
    await summary(page, 'ptce-fr.csv');
    await importFixture(page, 'sites.tsv');
    await summary(page, 'sites.tsv');
    await waitImported(page, 6);
    // The layer switch hides its markers only.
    const tsv = layerItem(page, 'sites.tsv').getByRole('checkbox');
    await tsv.uncheck();
    await waitImported(page, 4);
    assert.ok(!(await importedNames(page)).includes('Digital hub'));
    assert.equal(await page.locator('.leaflet-marker-icon.pole-marker').count(), REFERENCE_POLES);
    await tsv.check();
    await waitImported(page, 6);
    // Unchecking "culture" hides La Coursive Boutaric (culture only) and updates the layer count.
    await page.locator('input[data-sector="culture"]').uncheck();
    await waitImported(page, 5);
    assert.ok(!(await importedNames(page)).includes('La Coursive Boutaric'));
    assert.match(await layerItem(page, 'ptce-fr.csv').innerText(), /ptce-fr\.csv\s*3/);
    // The custom sector is filtered like any other: "Tiers-lieu lyonnais" (environnement and
    // Tiers-lieu) stays while one of its two sectors is checked.
    await page.locator('input[data-sector="custom:tiers-lieu"]').uncheck();
    await page.locator('input[data-sector="environnement"]').uncheck();
    await waitImported(page, 4);
    assert.ok(!(await importedNames(page)).includes('Tiers-lieu lyonnais'));
    assert.match(await layerItem(page, 'ptce-fr.csv').innerText(), /ptce-fr\.csv\s*2/);
    await page.getByRole('button', { name: 'Tout', exact: true }).click();
    await waitImported(page, 6);
    await context.close();
  });

  test('"Exporter" downloads what is shown as CSV and GeoJSON; spreadsheet formulas are neutralised', async () => {
    const { page, problems, context } = await ready();
    await importFixture(page, 'injection.csv');
    await summary(page, 'injection.csv');
    await importFixture(page, 'sites.tsv');
    await summary(page, 'sites.tsv');
    await layerItem(page, 'sites.tsv').getByRole('checkbox').uncheck();
    // Only the 2016 call's poles stay.
    for (const box of await page.locator('input[data-wave]:not([data-wave="AAP2-2016"])').all())
      await box.uncheck();

    const csv = await download(page, 'Exporter en CSV');
    // The date of the data in the name (the day ptce.csv last changed), and in every row.
    const dated = /^carte-ptce-export-(\d{4}-\d{2}-\d{2})\.csv$/.exec(csv.name);
    assert.ok(dated, csv.name);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
    assert.ok(text.startsWith('\uFEFFcouche;nom;latitude;longitude;precision;'), text.slice(0, 80));
    const lines = text.trim().split('\r\n');
    const reference = lines.filter((l) => l.startsWith('PTCE lauréats (référence);'));
    assert.ok(
      lines[0].endsWith(';appel;appel_libelle;sources;licence;date_donnees'),
      lines[0].slice(-80),
    );
    // Each pole's wave, its label, its sources, the licence and the date of the data.
    for (const row of reference) {
      assert.ok(
        row.includes(`;AAP2-2016;2e appel à projets national PTCE, 2016;http`) &&
          row.endsWith(`;Licence Ouverte / Etalab 2.0;${dated[1]}`),
        row,
      );
    }
    const fromFile = lines.filter((l) => l.startsWith('injection.csv;'));
    assert.ok(reference.length > 5 && reference.length < 62, `${reference.length} reference rows`);
    assert.equal(fromFile.length, 3);
    assert.ok(!text.includes('Digital hub'), 'a hidden layer is not exported');
    // Formulas arrive as text: a leading apostrophe, the quotes doubled by CSV quoting.
    assert.ok(text.includes(`injection.csv;"'=HYPERLINK(""http://evil.example"",""clic"")"`), text);
    assert.ok(text.includes(";'@SUM(1+1)"));
    assert.ok(text.includes("injection.csv;'+33 Coop;"));
    assert.ok(text.includes(";'-10 % de CO2"));
    assert.ok(text.includes('48,8566;2,3522'), 'decimal commas for French spreadsheets');
    await page.getByText(`Export téléchargé : ${csv.name} (${lines.length - 1} lignes).`).waitFor();

    const geo = await download(page, 'Exporter en GeoJSON');
    assert.equal(geo.name, `carte-ptce-export-${dated[1]}.geojson`);
    const fc = JSON.parse(geo.bytes.toString('utf8'));
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.licence, 'Licence Ouverte / Etalab 2.0');
    assert.equal(fc.date_donnees, dated[1]);
    const pole = fc.features.find((f) => f.properties.couche === 'PTCE lauréats (référence)');
    assert.equal(pole.properties.appel, 'AAP2-2016');
    assert.ok(pole.properties.sources.length > 0 && pole.properties.sources[0].startsWith('http'));
    assert.equal(fc.features.length, lines.length - 1);
    const img = fc.features.find((f) => f.properties.nom === '<img src=x onerror=alert(1)>');
    assert.deepEqual(img.geometry, { type: 'Point', coordinates: [2.3522, 48.8566] });
    assert.equal(img.properties.couche, 'injection.csv');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a large layer is clustered; clusters are named, Enter zooms in, and every site opens its details', async () => {
    const { page, problems, context } = await ready();
    await importBuffer(page, 'deux-mille.csv', await generatedCsv(2000, 7));
    assert.match(await summary(page, 'deux-mille.csv'), /importés/);
    // A longer report starts folded; "Tout afficher" lists every row.
    const report = page.locator('.import-report__issues');
    const title = await report.locator('summary').innerText();
    const count = Number(title.match(/\((\d[\d\s]*)\)/)[1].replace(/\s/g, ''));
    assert.ok(count > 100, title);
    assert.equal(await report.getAttribute('open'), null);
    await report.locator('summary').click();
    assert.equal(await issueItems(page).count(), 100);
    await report.getByRole('button', { name: /^Tout afficher/ }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.import-report__list li').length === n,
      count,
    );
    const cluster = page.locator('.leaflet-marker-icon.imported-cluster').first();
    await cluster.waitFor();
    assert.match(await cluster.getAttribute('aria-label'), /^Groupe de \d+ sites$/);
    assert.equal(await cluster.getAttribute('role'), 'button');
    await cluster.focus();
    const name = await keyboardToSite(page);
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name });
    await details.waitFor();
    assert.match(await details.innerText(), /deux-mille\.csv/);
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      name,
    );
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.imported-cluster[aria-label^="Cluster of "]').first().waitFor();
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a filter changed just before Enter on a cluster does not take the keyboard focus away', async () => {
    const { page, problems, context } = await ready();
    await importBuffer(page, 'deux-mille.csv', await generatedCsv(2000, 7));
    await summary(page, 'deux-mille.csv');
    const cluster = page.locator('.leaflet-marker-icon.imported-cluster').first();
    await cluster.waitFor();
    await cluster.focus();
    const before = await sceneCount(page);
    // Two scenes in flight: the filter's, clustered for the zoom being left, answered first;
    // then the zoomed one. The first must not settle where the focus goes.
    await page.evaluate(async () => {
      const pressed = document.activeElement;
      pressed.setAttribute('data-pressed', '');
      document.querySelector('input[data-sector="culture"]').click();
      for (let i = 0; i < 3; i++) await Promise.resolve();
      pressed.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await page.waitForFunction(
      (n) => Number(document.querySelector('.map')?.dataset.importedScene ?? 0) >= n,
      before + 2,
      { timeout: 30000 },
    );
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const map = document.querySelector('.leaflet-container').getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return {
        className: el.className,
        pressed: el.hasAttribute('data-pressed'),
        inMap:
          box.left >= map.left &&
          box.right <= map.right &&
          box.top >= map.top &&
          box.bottom <= map.bottom,
      };
    });
    assert.match(focused.className, /imported-(marker|cluster)/);
    assert.equal(focused.pressed, false);
    assert.equal(focused.inMap, true);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('has no axe violation with the summary, the layers and an imported site open', async () => {
    const { page, context } = await ready();
    await importFixture(page, 'ptce-fr.csv');
    await summary(page, 'ptce-fr.csv');
    await issueItems(page).first().waitFor();
    await waitImported(page, 4);
    await noAxeViolation(page);
    await openDetails(page, 'Culture et Coopération');
    await noAxeViolation(page);
    await context.close();
  });

  test('without IndexedDB the layers still work, in memory, and the user is told', async () => {
    const { page, problems, context } = await ready({
      beforeGoto: (p) =>
        p.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined })),
    });
    await page.getByText('Le stockage du navigateur est indisponible').waitFor();
    await importFixture(page, 'sites.tsv');
    await summary(page, 'sites.tsv');
    await layerItem(page, 'sites.tsv').getByText('perdue au rechargement de la page').waitFor();
    await waitImported(page, 2);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('a 100,000-row file', () => {
  test('imports in the worker with a progress bar and reports every row', async (t) => {
    const { page, problems, context } = await ready();
    // A file on disk, as a user's pick: with a buffer, playwright itself decodes 12 MB of
    // base64 in the page's main thread (bench-import.mjs reports both ways).
    const result = await measureLargeImport({ page, rows: 100000, via: 'path' });
    t.diagnostic(JSON.stringify(result));
    assert.equal(result.sawProgress, true);
    assert.match(result.summary, /92\s941 sites importés, 7\s059 lignes rejetées/);
    // The longest main-thread task is a speed budget: `npm run bench` judges it (import-large),
    // on a machine that is not running other suites at the same time.
    // Every row is in the report: the download lists each issue, one rejection per rejected row.
    await page.locator('.import-report__issues summary').click();
    await page.getByRole('button', { name: /^Afficher 1\s000 de plus$/ }).click();
    await page.waitForFunction(
      () => document.querySelectorAll('.import-report__list li').length === 1100,
    );
    const report = await download(page, 'Télécharger le rapport (CSV)');
    assert.equal(report.name, 'sites-generes-rapport-import.csv');
    const lines = report.bytes.toString('utf8').trim().split('\r\n').slice(1);
    assert.equal(lines.length, 46522);
    assert.equal(lines.filter((l) => l.includes(';rejetée;')).length, 7059);
    // The details panel works for sites of this layer too.
    await page.locator('.leaflet-marker-icon.imported-cluster').first().focus();
    const name = await keyboardToSite(page);
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name }).waitFor();
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('can be cancelled: no layer is made', async () => {
    const { page, problems, context } = await ready();
    await importBuffer(page, 'annulé.csv', await generatedCsv(100000, 3));
    await page.getByRole('progressbar', { name: 'Progression de l’import' }).waitFor();
    await page.getByRole('button', { name: 'Annuler l’import' }).click();
    await status(page).getByText('Import de « annulé.csv » annulé.').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'import-file');
    await page.waitForTimeout(4000);
    assert.equal(await page.locator('.layer-item').count(), 0);
    assert.equal(await importedMarkers(page).count(), 0);
    assert.match(await status(page).innerText(), /annulé/);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});
