import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { e2eSuite, marker, noAxeViolation } from './harness.mjs';
import { referencePoles, referenceWaves } from './reference-data.mjs';

// Expectations come from the shipped files, read here independently of the app's code.
const all = referencePoles();
const PHONE = { width: 390, height: 844 };
const { ready } = e2eSuite();

const epciRows = JSON.parse(readFileSync('public/data/epci.json', 'utf8')).epci;

/** The member codes of an EPCI of epci.json, expanded as its `columns` note says. */
function epciCodes(siren) {
  const row = epciRows.find((e) => e[0] === siren);
  const prefix = row[4][0];
  return new Set(row[5].split(' ').map((c) => (c.length < 5 ? prefix + c : c)));
}

/** Poles by wave (`appel`), as { code: count }, every wave of appels.csv listed. */
function byWave(poles) {
  const out = Object.fromEntries(referenceWaves().map((w) => [w.appel, 0]));
  for (const p of poles) out[p.appel] += 1;
  return out;
}

const onDep = (dep) => all.filter((p) => p.departement === dep);
const onRegion = (name) => all.filter((p) => p.region === name);
const onEpci = (siren) => {
  const codes = epciCodes(siren);
  return all.filter(
    (p) =>
      p.code_insee && !['departement', 'inconnue'].includes(p.precision) && codes.has(p.code_insee),
  );
};

const profile = (page, name) => page.getByRole('region', { name, exact: true });
const params = (page) => new URL(page.url()).searchParams;

/** The wave table of the open profile, as { code: count }. */
async function waveTable(page) {
  return page.$$eval('[data-stats="territory-wave"] tbody tr', (rows) =>
    Object.fromEntries(rows.map((r) => [r.dataset.key, Number(r.querySelector('td').textContent)])),
  );
}

async function listedPoles(page) {
  return page.$$eval('[data-testid="territory-poles"] button', (els) =>
    els.map((e) => e.dataset.poleId).sort(),
  );
}

async function search(page, text, option) {
  const box = page.getByRole('combobox', { name: 'Rechercher' });
  await box.fill(text);
  const group = page.getByRole('group', { name: 'Territoires' });
  await group.getByRole('option', { name: option }).first().click();
}

async function outlined(page, code) {
  await page.waitForFunction(
    (c) => document.querySelector('.map')?.dataset.territoryOutline === c,
    code,
  );
}

describe('choosing a territory by search', () => {
  test('a département by its name and by its code: population from its communes, poles by wave from ptce.csv, outline on the map', async () => {
    const { page, problems, context } = await ready();
    await search(page, "cote-d'or", /^Côte-d'Or/);
    const panel = profile(page, "Côte-d'Or");
    await panel.waitFor();
    assert.equal(params(page).get('territoire'), 'dep-21');
    // The population: the sum of the shipped commune file of that département.
    const communes = JSON.parse(readFileSync('public/data/communes/communes-21.geojson', 'utf8'));
    const expected = communes.features.reduce((n, f) => n + (f.properties.population ?? 0), 0);
    const population = panel.getByTestId('territory-population');
    assert.equal(Number(await population.getAttribute('data-value')), expected);
    assert.match(
      (await population.textContent()).replace(/\s/g, ''),
      new RegExp(`^${expected}habitants$`),
    );
    assert.deepEqual(await waveTable(page), byWave(onDep('21')));
    assert.deepEqual(
      await listedPoles(page),
      onDep('21')
        .map((p) => p.id)
        .sort(),
    );
    await panel.getByText('Filtres appliqués : aucun').waitFor();
    await outlined(page, 'dep-21');
    // "21" finds the same département.
    await search(page, '21', /^Côte-d'Or/);
    await panel.waitFor();
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a région and two intercommunalities; counts by wave match ptce.csv', async () => {
    const { page, problems, context } = await ready();
    await search(page, 'hauts de france', /^Hauts-de-France/);
    await profile(page, 'Hauts-de-France').waitFor();
    assert.equal(params(page).get('territoire'), 'reg-32');
    assert.deepEqual(await waveTable(page), byWave(onRegion('Hauts-de-France')));
    await outlined(page, 'reg-32');

    await search(page, 'Dijon Métropole', /^Dijon Métropole/);
    const dijon = profile(page, 'Dijon Métropole');
    await dijon.waitFor();
    assert.equal(params(page).get('territoire'), 'epci-242100410');
    await dijon.getByText('Métropole · SIREN 242100410').waitFor();
    assert.deepEqual(await waveTable(page), byWave(onEpci('242100410')));
    assert.deepEqual(
      await listedPoles(page),
      onEpci('242100410')
        .map((p) => p.id)
        .sort(),
    );
    // Drawn from the communes of Côte-d'Or, fetched for it.
    await outlined(page, 'epci-242100410');

    await search(page, 'metropole europeenne de lille', /^Métropole Européenne de Lille/);
    await profile(page, 'Métropole Européenne de Lille').waitFor();
    assert.deepEqual(await waveTable(page), byWave(onEpci('200093201')));
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('territories from a pole and from the statistics', () => {
  test('a pole’s details lead to its intercommunality, département and région; Back comes back', async () => {
    const { page, problems, context } = await ready();
    await marker(page, 'La Coursive Boutaric').click();
    const details = page.getByRole('region', { name: 'La Coursive Boutaric' });
    const links = details.getByTestId('pole-territories');
    await links.getByRole('button', { name: /Dijon Métropole/ }).waitFor();
    assert.deepEqual(
      await links.locator('button').evaluateAll((els) => els.map((e) => e.dataset.territory)),
      ['epci-242100410', 'dep-21', 'reg-27'],
    );
    await links.getByRole('button', { name: /Côte-d'Or/ }).click();
    await profile(page, "Côte-d'Or").waitFor();
    assert.equal(await details.count(), 0);
    assert.equal(params(page).get('territoire'), 'dep-21');
    // A pole of the list opens its details; closing them shows the profile again.
    await profile(page, "Côte-d'Or").getByRole('button', { name: 'La Coursive Boutaric' }).click();
    await details.waitFor();
    await details.getByRole('button', { name: 'Fermer les détails' }).click();
    await profile(page, "Côte-d'Or").waitFor();
    // Back steps through what was opened: the details from the list, the profile alone, then
    // the pole's details without the profile.
    await page.goBack();
    await details.waitFor();
    await page.goBack();
    await profile(page, "Côte-d'Or").waitFor();
    assert.equal(await details.count(), 0);
    await page.goBack();
    await details.waitFor();
    assert.equal(await profile(page, "Côte-d'Or").count(), 0);
    assert.equal(params(page).get('territoire'), null);
    // A pole known only by its département links to it and its région, not to an EPCI.
    await page.getByRole('button', { name: 'Fermer les détails' }).click();
    await marker(page, 'Ardaines').click();
    const ardaines = page.getByRole('region', { name: 'Ardaines' });
    await ardaines.getByTestId('pole-territories').waitFor();
    assert.deepEqual(
      await ardaines
        .getByTestId('pole-territories')
        .locator('button')
        .evaluateAll((els) => els.map((e) => e.dataset.territory)),
      ['dep-08', 'reg-44'],
    );
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('each région of the statistics opens its profile', async () => {
    const { page, problems, context } = await ready();
    await page.getByRole('button', { name: 'Statistiques' }).click();
    const row = page.locator('[data-stats="region"] tr[data-key="Bourgogne-Franche-Comté"]');
    await row.getByRole('button', { name: /Bourgogne-Franche-Comté/ }).click();
    await profile(page, 'Bourgogne-Franche-Comté').waitFor();
    assert.equal(await page.locator('dialog.stats-dialog[open]').count(), 0);
    assert.deepEqual(await waveTable(page), byWave(onRegion('Bourgogne-Franche-Comté')));
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('a link to a territory', () => {
  test('restores the profile; the poles known only by their région count for it', async () => {
    const { page, problems, context } = await ready({ path: '?territoire=reg-11' });
    const panel = profile(page, 'Île-de-France');
    await panel.waitFor();
    const expected = onRegion('Île-de-France');
    assert.ok(expected.some((p) => p.precision === 'inconnue'));
    for (const id of ['appui-coallia-taf-et-maffe', 'la-verriere']) {
      assert.ok((await listedPoles(page)).includes(id), id);
    }
    assert.deepEqual(await listedPoles(page), expected.map((p) => p.id).sort());
    assert.deepEqual(await waveTable(page), byWave(expected));
    await outlined(page, 'reg-11');
    // The figures against France are a table, their terms shown.
    const figures = page.locator('[data-stats="territory-figures"]');
    await figures.locator('tr[data-figure="polesPer100k"]').waitFor();
    assert.equal(await figures.locator('tbody tr').count(), 3);
    // Escape closes it and takes the parameter out of the address.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('territoire'));
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a territory with no pole says so in one sentence, with its neighbourhoods listed', async () => {
    const { page, problems, context } = await ready({ path: '?territoire=dep-01' });
    const panel = profile(page, 'Ain');
    await panel.getByText('Aucun pôle de la carte n’est sur ce territoire').waitFor();
    const qpv = JSON.parse(
      readFileSync('public/data/qpv-2024-points.geojson', 'utf8'),
    ).features.filter((f) => f.properties.departement === '01');
    assert.ok(qpv.length > 0);
    await panel.getByTestId('territory-qpv').waitFor();
    assert.equal(await panel.getByTestId('territory-qpv').locator('li').count(), qpv.length);
    // Each opens its QPV card.
    const first = [...qpv].sort((a, b) =>
      a.properties.nom.localeCompare(b.properties.nom, 'fr'),
    )[0];
    await panel.getByRole('button', { name: first.properties.nom }).first().click();
    await page.waitForFunction(
      (code) => new URLSearchParams(location.search).get('quartier') === code,
      first.properties.code,
    );
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a code that names nothing is ignored with the quiet notice', async () => {
    const { page, problems, context } = await ready({ path: '?territoire=dep-99&sel=coopaxis' });
    await page.getByText(/Une partie du lien a été ignorée.*territoire/).waitFor();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    assert.equal(params(page).get('territoire'), null);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('without the intercommunalities file, région and département profiles still work and the load report says so', async () => {
    const { page, problems, context } = await ready({
      path: '?territoire=epci-242100410',
      allowFailures: [/epci\.json/, /status of 500/],
      beforeGoto: (p) => p.route('**/data/epci.json', (r) => r.fulfill({ status: 500, body: '' })),
    });
    await page.getByRole('alert').filter({ hasText: 'intercommunalités' }).first().waitFor();
    await page.locator('.data-report summary').click();
    await page.locator('[data-territory-failed="epci.json"]').waitFor();
    await search(page, "Côte-d'Or", /^Côte-d'Or/);
    await profile(page, "Côte-d'Or").waitFor();
    assert.deepEqual(await waveTable(page), byWave(onDep('21')));
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('accessibility with a profile open', () => {
  test('desktop 1280×800 and phone 390×844', async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page, problems, context } = await ready({
        path: '?territoire=dep-21',
        ...(viewport ? { viewport } : {}),
      });
      const panel = profile(page, "Côte-d'Or");
      await panel.waitFor();
      await panel.locator('[data-stats="territory-figures"]').waitFor();
      await outlined(page, 'dep-21');
      await noAxeViolation(page, viewport ? 'phone, profile' : 'desktop, profile');
      assert.deepEqual(await problems(), []);
      await context.close();
    }
  });
});
