import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Papa from 'papaparse';
import { e2eSuite, marker, noAxeViolation, waitForMarkers, LOCATED } from './harness.mjs';
import { referencePoles } from './reference-data.mjs';

const { ready } = e2eSuite();

// The expected coverage, from the two data files read here independently of the app.
const poles = referencePoles();
const calls = Papa.parse(readFileSync('public/data/appels.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const known = (appel) => poles.filter((p) => p.appel === appel).length;
const totalKnown = calls.reduce((n, c) => n + known(c.appel), 0);
const totalOfficial = calls.reduce((n, c) => n + Number(c.laureats), 0);
const nameOf = (c, label) => {
  const year = c.date.slice(0, 4);
  return label.includes(year) ? label : `${label}, ${year}`;
};
const parts = (word, lang) =>
  calls
    .map((c) => `${known(c.appel)} ${word} ${c.laureats} (${nameOf(c, c[`libelle_${lang}`])})`)
    .join(', ');
const sentenceFr = `${totalKnown} des ${totalOfficial} lauréats des ${calls.length} vagues de soutien de l’État sont connus ici : ${parts('sur', 'fr')}.`;
const sentenceEn = `${totalKnown} of the ${totalOfficial} laureates of the ${calls.length} waves of State support are known here: ${parts('of', 'en')}.`;

const NEW_SITE = 'https://coopaxis.example.org';

async function openCoopaxisForm(page) {
  await marker(page, 'Coopaxis').click();
  await page.getByRole('button', { name: 'Proposer une correction' }).click();
  const dialog = page.getByRole('dialog', { name: 'Proposer une correction : Coopaxis' });
  await dialog.waitFor();
  return dialog;
}

async function checkButton(page) {
  return page.getByRole('button', { name: 'Vérifier la proposition', exact: true });
}

/** Presses Tab until the focused element has the accessible label `label` (keyboard only). */
async function tabTo(page, label, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      return (
        el.getAttribute('aria-label') ??
        el.labels?.[0]?.textContent ??
        el.textContent ??
        ''
      ).trim();
    });
    if (label instanceof RegExp ? label.test(name) : name === label) return;
  }
  throw new Error(`Tab never reached ${label}`);
}

describe('coverage and corrections', () => {
  test('the coverage sentence matches ptce.csv and appels.csv, near the list, in the sources and in the statistics', async () => {
    assert.equal(calls.length, 7);
    const { page, problems, context } = await ready();
    const list = page.locator('#pole-list');
    assert.equal(await list.locator('.coverage').innerText(), sentenceFr);
    assert.match(
      sentenceFr,
      /^62 des 197 lauréats .*19 sur 23 \(1er appel à projets national PTCE, 2014\), 6 sur 14 \(2e appel à projets national PTCE, 2016\), 7 sur 107 \(AMI « PTCE émergents » 2021, phase 1\), .*14 sur 15 \(AMI PTCE 2023\), 1 sur 15 \(AMI PTCE 2024\), 0 sur 8 \(AMI « Financer le développement des PTCE » 2025\)\.$/,
    );

    await page.locator('.sources summary').click();
    const sources = page.locator('.sources');
    assert.equal(await sources.locator('.coverage').innerText(), sentenceFr);
    const hrefs = await sources
      .locator('.coverage__waves a')
      .evaluateAll((as) => as.map((a) => a.href));
    assert.deepEqual(
      hrefs,
      calls.flatMap((c) => c.sources.split('|').map((u) => new URL(u).href)),
    );

    await page.getByRole('button', { name: 'Statistiques' }).click();
    const perCall = page.locator('table[data-stats="coverage"] tbody tr');
    await perCall.first().waitFor();
    assert.deepEqual(
      await perCall.evaluateAll((rows) =>
        rows.map((r) => [...r.cells].slice(1, 3).map((c) => c.textContent)),
      ),
      calls.map((c) => [String(known(c.appel)), c.laureats]),
    );
    const precision = page.locator('table[data-stats="precision"] tbody tr');
    const expected = ['quartier', 'commune', 'departement', 'inconnue'].map((k) =>
      String(poles.filter((p) => p.precision === k).length),
    );
    assert.deepEqual(
      await precision.evaluateAll((rows) => rows.map((r) => r.cells[1].textContent)),
      expected,
    );
    assert.deepEqual(
      await precision.evaluateAll((rows) => rows.map((r) => r.cells[0].textContent)),
      ['Quartier', 'Commune', 'Département', 'Inconnue (hors carte)'],
    );
    await noAxeViolation(page, 'statistics with coverage tables');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test("correcting Coopaxis's website gives a one-row CSV that the merge script applies and the app then loads with 0 rejected rows", async () => {
    const { page, problems, context } = await ready({
      context: { acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] },
    });
    const dialog = await openCoopaxisForm(page);
    // Prefilled from the pole, in the ptce.csv schema.
    assert.equal(await dialog.getByLabel(/^Identifiant/).inputValue(), 'coopaxis');
    assert.equal(await dialog.getByLabel(/^Site web/).inputValue(), 'https://www.artefacts.coop');
    assert.ok(await dialog.getByRole('checkbox', { name: 'Numérique' }).isChecked());
    assert.equal(
      await dialog
        .getByRole('option', { selected: true, name: '1er appel à projets national PTCE, 2014' })
        .count(),
      1,
    );
    // No e-mail address in public/config.json: no e-mail option.
    await dialog.getByLabel(/^Site web/).fill(NEW_SITE);
    await (await checkButton(page)).click();
    await dialog.locator('.corr-diff').waitFor();
    assert.deepEqual(
      await dialog
        .locator('.corr-diff tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.innerText.split('\t'))),
      [['Site web (http:// ou https://)', 'https://www.artefacts.coop', NEW_SITE]],
    );
    assert.equal(await dialog.getByRole('link', { name: /Envoyer par e-mail/ }).count(), 0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Télécharger la ligne CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'correction-coopaxis.csv');
    const dir = mkdtempSync(join(tmpdir(), 'ptce-corr-'));
    const file = join(dir, 'correction-coopaxis.csv');
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    const lines = csv.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    assert.equal(lines[0], readFileSync('public/data/ptce.csv', 'utf8').split('\n')[0]);
    await dialog
      .getByRole('status')
      .filter({ hasText: 'correction-coopaxis.csv téléchargé' })
      .waitFor();

    await dialog.getByRole('button', { name: 'Copier la ligne CSV' }).click();
    await dialog.getByText('Ligne CSV copiée dans le presse-papiers.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), csv);

    // The maintainer's side: the merge script on a copy of ptce.csv.
    const target = join(dir, 'ptce.csv');
    copyFileSync('public/data/ptce.csv', target);
    const out = execFileSync(
      process.execPath,
      ['scripts/apply-corrections.mjs', file, `--target=${target}`],
      {
        encoding: 'utf8',
      },
    );
    assert.match(out, /coopaxis \(correction-coopaxis\.csv\) : corrigé/);
    assert.match(
      out,
      /site_web : https:\/\/www\.artefacts\.coop {2}→ {2}https:\/\/coopaxis\.example\.org/,
    );
    const merged = readFileSync(target, 'utf8');
    assert.equal(
      merged.split('\n').length,
      readFileSync('public/data/ptce.csv', 'utf8').split('\n').length,
    );

    // The app's own loader reads the merged file: nothing rejected, the new website shown.
    const after = await ready({
      beforeGoto: (p) =>
        p.route('**/data/ptce.csv', (r) =>
          r.fulfill({ status: 200, contentType: 'text/csv', body: merged }),
        ),
    });
    await after.page
      .locator('.data-report summary')
      .getByText('62 pôle(s) chargé(s), 0 ligne(s) rejetée(s)', { exact: false })
      .waitFor();
    await marker(after.page, 'Coopaxis').click();
    await after.page
      .locator('.details')
      .getByRole('link', { name: `${NEW_SITE}/` })
      .waitFor();
    assert.deepEqual(await after.problems(), []);
    await after.context.close();
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a broken field is refused with a message tied to the field, and the merge script refuses a row without a source', async () => {
    const { page, problems, context } = await ready();
    const dialog = await openCoopaxisForm(page);
    await dialog.getByLabel(/^Site web/).fill('javascript:alert(1)');
    await dialog.getByLabel(/^Sources/).fill('');
    await (await checkButton(page)).click();
    const alert = dialog.locator('.corr-summary[role="alert"]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /2 champ\(s\) à corriger/);
    const site = dialog.getByLabel(/^Site web/);
    assert.equal(await site.getAttribute('aria-invalid'), 'true');
    const described = await site.getAttribute('aria-describedby');
    assert.match(await page.locator(`#${described}`).innerText(), /http:\/\/ ou https:\/\//);
    // Nothing is offered while the row fails the schema.
    assert.equal(await dialog.getByRole('button', { name: 'Télécharger la ligne CSV' }).count(), 0);
    await noAxeViolation(page, 'form with errors');
    // A link of the summary leads to its field.
    await alert.getByRole('link', { name: /Sources/ }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'corr-sources');
    assert.deepEqual(await problems(), []);
    await context.close();

    const dir = mkdtempSync(join(tmpdir(), 'ptce-corr-'));
    const header = readFileSync('public/data/ptce.csv', 'utf8').split('\n')[0];
    const row = readFileSync('public/data/ptce.csv', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('coopaxis,'))
      .replace(/,[^,]*$/, ',');
    writeFileSync(join(dir, 'bad.csv'), `${header}\n${row}\n`);
    copyFileSync('public/data/ptce.csv', join(dir, 'ptce.csv'));
    let failed;
    try {
      execFileSync(
        process.execPath,
        [
          'scripts/apply-corrections.mjs',
          join(dir, 'bad.csv'),
          `--target=${join(dir, 'ptce.csv')}`,
        ],
        {
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    } catch (e) {
      failed = e;
    }
    assert.ok(failed, 'the script refuses');
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /bad\.csv, ligne 2, champ sources : aucune source http\(s\)/);
    assert.equal(
      readFileSync(join(dir, 'ptce.csv'), 'utf8'),
      readFileSync('public/data/ptce.csv', 'utf8'),
    );
  });

  test('the copy falls back to a text to select when the clipboard is refused, and the e-mail option follows config.json', async () => {
    const { page, problems, context } = await ready({
      beforeGoto: async (p) => {
        await p.addInitScript(() => {
          navigator.clipboard.writeText = () =>
            Promise.reject(new DOMException('denied', 'NotAllowedError'));
        });
        await p.route('**/config.json', (r) =>
          r.fulfill({
            status: 200,
            contentType: 'application/json',
            body: '{"correctionsEmail":"donnees@example.org"}',
          }),
        );
      },
    });
    const dialog = await openCoopaxisForm(page);
    await dialog.getByLabel(/^Site web/).fill(NEW_SITE);
    await (await checkButton(page)).click();
    await dialog.getByRole('button', { name: 'Copier la ligne CSV' }).click();
    const manual = dialog.getByRole('textbox', { name: 'Ligne CSV de la proposition' });
    await manual.waitFor();
    assert.match(await manual.inputValue(), /^id,nom,appel,/);
    assert.match(await manual.inputValue(), /coopaxis\.example\.org/);
    const mail = dialog.getByRole('link', { name: 'Envoyer par e-mail à donnees@example.org' });
    const href = await mail.getAttribute('href');
    assert.match(href, /^mailto:donnees@example\.org\?subject=/);
    assert.match(decodeURIComponent(href), /coopaxis,Coopaxis,AAP1-2014/);
    await noAxeViolation(page, 'form with outputs');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a missing laureate proposed by a map click shows a draft marker that survives a reload and can be removed', async () => {
    const { page, problems, context } = await ready();
    await page.getByRole('button', { name: 'Proposer un pôle manquant' }).click();
    const dialog = page.getByRole('dialog', { name: 'Proposer un pôle manquant' });
    await dialog.waitFor();
    await dialog.getByLabel(/^Nom/).fill('Pôle Essai Tours');
    assert.equal(await dialog.getByLabel(/^Identifiant/).inputValue(), 'pole-essai-tours');
    // Call and source are required.
    await (await checkButton(page)).click();
    const alert = dialog.locator('.corr-summary');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Appel à projets/);
    assert.match(await alert.innerText(), /Sources/);
    // An existing id can only be corrected.
    await dialog.getByLabel(/^Identifiant/).fill('coopaxis');
    await dialog.getByLabel(/^Appel à projets/).selectOption('AAP2-2016');
    await dialog.getByLabel(/^Sources/).fill('https://example.org/laureat-2016');
    await (await checkButton(page)).click();
    await alert.getByText(/Cet identifiant existe déjà/).waitFor();
    await dialog.getByLabel(/^Identifiant/).fill('pole-essai-tours');

    // Choose on the map, clicking right on the Coopaxis marker: the click gives a point, not its details.
    await dialog.getByRole('button', { name: 'Choisir sur la carte' }).click();
    await page.locator('.map-pick-banner').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const box = await marker(page, 'Coopaxis').boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await dialog.waitFor();
    assert.equal(await page.locator('.details').count(), 0, 'no details opened by the pick');
    const lat = Number(await dialog.getByLabel(/^Latitude/).inputValue());
    const lon = Number(await dialog.getByLabel(/^Longitude/).inputValue());
    const coopaxis = poles.find((p) => p.id === 'coopaxis');
    assert.ok(Math.abs(lat - Number(coopaxis.latitude)) < 0.2, `lat ${lat}`);
    assert.ok(Math.abs(lon - Number(coopaxis.longitude)) < 0.2, `lon ${lon}`);
    assert.equal(await dialog.getByLabel(/^Précision/).inputValue(), 'commune');
    await (await checkButton(page)).click();
    await dialog.getByText(/Proposition gardée dans ce navigateur/).waitFor();
    await dialog.getByRole('button', { name: 'Fermer le formulaire' }).click();

    const draft = page.locator('.leaflet-marker-icon[aria-label="Pôle Essai Tours (proposition)"]');
    await draft.waitFor();
    assert.ok(
      await draft.evaluate(
        (el) => el.classList.contains('proposal-marker') && !el.classList.contains('pole-marker'),
      ),
    );
    await page.reload();
    await waitForMarkers(page, LOCATED);
    await draft.waitFor();
    // Opening the draft resumes the form with its values.
    await draft.click();
    const resumed = page.getByRole('dialog', { name: 'Proposer un pôle manquant' });
    await resumed.waitFor();
    assert.equal(await resumed.getByLabel(/^Nom/).inputValue(), 'Pôle Essai Tours');
    await page.keyboard.press('Escape');
    await resumed.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Retirer la proposition Pôle Essai Tours' }).click();
    await draft.waitFor({ state: 'detached' });
    await page.reload();
    await waitForMarkers(page, LOCATED);
    assert.equal(await draft.count(), 0);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('the form is fully usable by keyboard: open, fill, commune, position from the map centre, check, close', async () => {
    const { page, problems, context } = await ready();
    await page.getByRole('button', { name: 'Proposer un pôle manquant' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Proposer un pôle manquant' });
    await dialog.waitFor();
    await tabTo(page, /^Nom/);
    await page.keyboard.type('Pôle Clavier');
    await tabTo(page, /^Appel à projets/);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Numérique');
    await page.keyboard.press('Space');
    await tabTo(page, /^Commune/);
    await page.keyboard.type('Tours');
    await tabTo(page, 'Chercher la commune');
    await page.keyboard.press('Enter');
    await dialog.getByText(/Commune choisie : Tours \(37261\)/).waitFor();
    await tabTo(page, 'Centre de la commune');
    await page.keyboard.press('Enter');
    await dialog.getByRole('status').filter({ hasText: 'Position choisie' }).first().waitFor();
    assert.equal(await dialog.getByLabel(/^Code INSEE/).inputValue(), '37261');
    assert.equal(await dialog.getByLabel(/^Précision/).inputValue(), 'commune');
    // The map centre, by keyboard, through the pick banner.
    await tabTo(page, 'Choisir sur la carte');
    await page.keyboard.press('Enter');
    await page.locator('.map-pick-banner').waitFor();
    await noAxeViolation(page, 'map pick banner');
    assert.equal(
      await page.evaluate(() => document.activeElement.textContent),
      'Utiliser le centre de la carte',
    );
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement.textContent),
      'Choisir sur la carte',
    );
    await tabTo(page, /^Sources/);
    await page.keyboard.type('https://example.org/clavier');
    await tabTo(page, 'Vérifier la proposition');
    await page.keyboard.press('Enter');
    await dialog.getByText(/La ligne est valide/).waitFor();
    // Focus stays in the dialog.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(
        () =>
          document.activeElement === document.body || !!document.activeElement.closest('dialog'),
      );
      assert.ok(inside, `Tab ${i} left the dialog`);
    }
    await noAxeViolation(page, 'form open, valid');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(
      await page.evaluate(() => document.activeElement.textContent),
      'Proposer un pôle manquant',
    );
    assert.equal(
      await page.locator('.leaflet-marker-icon[aria-label="Pôle Clavier (proposition)"]').count(),
      1,
    );
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('in English', async () => {
    const { page, problems, context } = await ready({ path: '?lang=en' });
    assert.equal(await page.locator('#pole-list .coverage').innerText(), sentenceEn);
    await page.getByRole('button', { name: 'Propose a missing hub' }).click();
    const dialog = page.getByRole('dialog', { name: 'Propose a missing hub' });
    await dialog.waitFor();
    // Text from the form is only ever text: no markup is rendered.
    await dialog.getByLabel(/^Name/).fill('English <img src="x"> Hub');
    await page.getByRole('button', { name: 'Check the proposal', exact: true }).click();
    await dialog.getByText('Call for projects: choose the call.').first().waitFor();
    await dialog.getByLabel(/^Call for projects/).selectOption('AAP1-2014');
    await dialog.getByLabel(/^Sources/).fill('https://example.org/en');
    await page.getByRole('button', { name: 'Check the proposal', exact: true }).click();
    await dialog.getByText(/The row is valid/).waitFor();
    await dialog.getByRole('button', { name: 'Close the form' }).click();
    await page.getByText('English <img src="x"> Hub (proposal)').waitFor();
    assert.equal(await page.locator('#pole-list img').count(), 0);
    await page
      .getByRole('button', { name: 'Remove the proposal English <img src="x"> Hub' })
      .click();
    await page.getByText('Proposal “English <img src="x"> Hub” removed.').waitFor();
    await noAxeViolation(page, 'English');
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});
