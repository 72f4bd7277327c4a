// Every wave of State support since 2014, end to end: the waves come from appels.csv and nothing
// else, so a made-up wave added to copies of the two files shows everywhere a wave is named.
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
import { referencePoles, referenceWaves } from './reference-data.mjs';

const all = referencePoles();
const WAVES = referenceWaves();
const PHONE = { width: 390, height: 844 };
const { ready, open } = e2eSuite();

const PTCE = readFileSync('public/data/ptce.csv', 'utf8');
const APPELS = readFileSync('public/data/appels.csv', 'utf8');
const params = (page) => new URL(page.url()).searchParams;
const yearOf = (code) => Number(WAVES.find((w) => w.appel === code).date.slice(0, 4));
const locatedBy = (year) =>
  all.filter((p) => p.latitude !== '' && yearOf(p.appel) <= year).map((p) => p.nom);

/** A copy of a pole's row of ptce.csv under another id, name and wave. */
function madeUpPole() {
  const lines = PTCE.split('\n');
  const header = lines[0];
  const coursive = lines.find((l) => l.startsWith('coursive-boutaric,'));
  assert.ok(coursive, 'the Coursive Boutaric row');
  const row = coursive
    .replace(
      /^coursive-boutaric,La Coursive Boutaric,AAP1-2014,/,
      'pole-imaginaire,Pôle Imaginaire,AMI-2027,',
    )
    .replace('47.33302,5.06731', '47.30000,5.10000');
  return `${header}\n${lines.slice(1).join('\n').trimEnd()}\n${row}\n`;
}

const MADE_UP_WAVE =
  'AMI-2027,AMI imaginaire 2027,Imaginary 2027 call,2027-03-15,12,50 000 € par pôle (fictif),oui,https://example.org/ami-2027';

function withMadeUpWave(page) {
  return Promise.all([
    page.route('**/data/appels.csv', (r) =>
      r.fulfill({
        status: 200,
        contentType: 'text/csv',
        body: `${APPELS.trimEnd()}\n${MADE_UP_WAVE}\n`,
      }),
    ),
    page.route('**/data/ptce.csv', (r) =>
      r.fulfill({ status: 200, contentType: 'text/csv', body: madeUpPole() }),
    ),
  ]);
}

describe('every wave since 2014', () => {
  test('all 62 rows load; the wave filter lists the seven waves of appels.csv in date order, with their counts', async () => {
    const { page, problems, context } = await ready();
    assert.equal(all.length, 62);
    await page
      .locator('.data-report summary')
      .getByText('62 pôle(s) chargé(s), 0 ligne(s) rejetée(s)', { exact: false })
      .waitFor();
    const boxes = page.locator('input[data-wave]');
    assert.deepEqual(
      await boxes.evaluateAll((els) => els.map((e) => e.dataset.wave)),
      WAVES.map((w) => w.appel),
    );
    for (const w of WAVES) {
      const label = page.locator('label', { has: page.locator(`input[data-wave="${w.appel}"]`) });
      const text = await label.innerText();
      assert.ok(text.startsWith(w.libelle_fr), text);
      const count = all.filter((p) => p.appel === w.appel).length;
      assert.match(text, new RegExp(`${count}$`));
    }
    // The phase 1 of 2021 accompanied without funding: its box says so, its poles look apart.
    const p1 = page.locator('label', { has: page.locator('input[data-wave="AMI-2021-P1"]') });
    assert.match(await p1.innerText(), /accompagnement, sans financement/);
    const p1Located = all.filter((p) => p.appel === 'AMI-2021-P1' && p.latitude !== '');
    assert.equal(await page.locator('.pole-marker.is-accompanied').count(), p1Located.length);
    assert.match(
      await page.locator('.legend').innerText(),
      /Symbole évidé, cœur plein : pôle accompagné sans financement \(AMI « PTCE émergents » 2021, phase 1\)/,
    );
    await noAxeViolation(page, 'year control and wave filters');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a pole of phase 1 says it was accompanied, not funded; a funded one gives its support, date and sources', async () => {
    const p1 = all.find((p) => p.appel === 'AMI-2021-P1' && p.latitude !== '');
    const { page, context } = await ready({ path: `?sel=${p1.id}` });
    const details = page.getByRole('region', { name: p1.nom });
    await details.waitFor();
    const text = await details.innerText();
    assert.match(text, /Vague de soutien\s*AMI « PTCE émergents » 2021, phase 1/);
    assert.match(text, /Soutien\s*accompagnement, sans financement/);
    assert.match(text, /Lauréats annoncés\s*2021/);
    const wave = WAVES.find((w) => w.appel === 'AMI-2021-P1');
    const waveLinks = await details
      .locator('.details__sources--wave a')
      .evaluateAll((as) => as.map((a) => a.href));
    assert.deepEqual(
      waveLinks,
      wave.sources.split('|').map((u) => new URL(u).href),
    );

    const funded = all.find((p) => p.appel === 'AMI-2023' && p.latitude !== '');
    await marker(page, funded.nom).click();
    const other = page.getByRole('region', { name: funded.nom });
    await other.waitFor();
    const fundedText = await other.innerText();
    assert.match(fundedText, /Vague de soutien\s*AMI PTCE 2023/);
    assert.match(fundedText, /Lauréats annoncés\s*17 octobre 2023/);
    assert.match(fundedText, /Soutien\s*100 000 € sur deux ans par PTCE \(1,5 M€ au total\)/);
    assert.doesNotMatch(fundedText, /sans financement/);
    await context.close();
  });

  test('a made-up wave added to copies of the two files shows in the filter, the year control, the details and the coverage', async () => {
    const { page, problems, context } = await open({ beforeGoto: withMadeUpWave });
    await waitForMarkers(page, LOCATED + 1);
    const box = page.locator('input[data-wave="AMI-2027"]');
    await box.waitFor();
    // Last in date order, labelled from the file, with its one pole.
    assert.equal(
      await page.locator('input[data-wave]').evaluateAll((els) => els.at(-1).dataset.wave),
      'AMI-2027',
    );
    const label = page.locator('label', { has: box });
    assert.match(await label.innerText(), /^AMI imaginaire 2027 · 15 mars 2027\s*1$/);
    // The year control now runs to 2027.
    const slider = page.getByRole('slider', { name: 'Fin de l’année' });
    assert.equal(await slider.getAttribute('max'), '2027');
    assert.equal(await slider.getAttribute('aria-valuetext'), '2027, toutes les vagues');
    // The details.
    await marker(page, 'Pôle Imaginaire').click();
    const details = page.getByRole('region', { name: 'Pôle Imaginaire' });
    await details.waitFor();
    const text = await details.innerText();
    assert.match(text, /Vague de soutien\s*AMI imaginaire 2027/);
    assert.match(text, /Lauréats annoncés\s*15 mars 2027/);
    assert.match(text, /50 000 € par pôle \(fictif\)/);
    // The coverage: one more wave, its pole against its official 12.
    const coverage = await page.locator('#pole-list .coverage').innerText();
    assert.match(coverage, /^63 des 209 lauréats des 8 vagues/);
    assert.match(coverage, /1 sur 12 \(AMI imaginaire 2027\)\.$/);
    // Unchecking it hides its pole, and the link names it.
    await box.uncheck();
    await waitForMarkers(page, LOCATED);
    assert.equal(params(page).get('appel'), '-AMI-2027');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('an old link (appel=-2016) still hides the 2016 call, and is rewritten with the code', async () => {
    const { page, context } = await ready({
      path: '?appel=-2016',
      markers: all.filter((p) => p.latitude !== '' && p.appel !== 'AAP2-2016').length,
    });
    assert.equal(await page.locator('input[data-wave="AAP2-2016"]').isChecked(), false);
    assert.equal(await page.locator('input[data-wave="AAP1-2014"]').isChecked(), true);
    await page.waitForFunction(
      () => new URLSearchParams(location.search).get('appel') === '-AAP2-2016',
    );
    await context.close();
  });

  test('a year before the first wave, or a wave code appels.csv does not list, gets the quiet notice', async () => {
    const { page, context } = await ready({ path: '?annee=1999&appel=-AMI-2099' });
    const text = await page.locator('.url-notice').innerText();
    assert.ok(text.includes('année') && text.includes('vagues de soutien'), text);
    await page.waitForFunction(() => !/annee|appel/.test(location.search));
    await context.close();
  });

  test('a bad row of appels.csv and a pole of an unknown wave are reported with their line; the rest loads', async () => {
    const badAppels = APPELS.replace(/^AMI-2024,(.*?),2024-10,/m, 'AMI-2024,$1,octobre 2024,');
    assert.notEqual(badAppels, APPELS);
    const { page, problems, context } = await open({
      beforeGoto: (p) =>
        p.route('**/data/appels.csv', (r) =>
          r.fulfill({ status: 200, contentType: 'text/csv', body: badAppels }),
        ),
    });
    const rejected = all.filter((p) => p.appel === 'AMI-2024');
    await waitForMarkers(page, LOCATED - rejected.filter((p) => p.latitude !== '').length);
    const report = page.locator('.data-report');
    await report.locator('summary').click();
    const text = await report.innerText();
    const line = APPELS.split('\n').findIndex((l) => l.startsWith('AMI-2024,')) + 1;
    assert.match(
      text,
      new RegExp(`appels\\.csv, ligne ${line}, champ « date » : date « octobre 2024 » illisible`),
    );
    assert.match(text, /champ « appel » : appel « AMI-2024 » absent de appels\.csv/);
    assert.match(
      text,
      new RegExp(
        `${62 - rejected.length} pôle\\(s\\) chargé\\(s\\), ${rejected.length + 1} ligne\\(s\\) rejetée\\(s\\)`,
      ),
    );
    assert.equal(await page.locator('input[data-wave="AMI-2024"]').count(), 0);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('the map year by year', () => {
  test('the year in the link shows the map as it stood then; the slider, the list, the counts and the coverage follow', async () => {
    const by2016 = locatedBy(2016);
    const { page, problems, context } = await ready({
      path: '?annee=2016',
      markers: by2016.length,
    });
    assert.deepEqual(await markerNames(page), [...by2016].sort());
    const slider = page.getByRole('slider', { name: 'Fin de l’année' });
    assert.equal(await slider.inputValue(), '2016');
    assert.equal(await slider.getAttribute('aria-valuetext'), 'fin 2016');
    const inList = all.filter((p) => yearOf(p.appel) <= 2016).length;
    assert.equal(await page.locator('.pole-list__item').count(), inList);
    assert.match(
      await page.locator('.year-control__status').innerText(),
      new RegExp(`Carte à la fin de 2016 : ${inList} pôle\\(s\\)`),
    );
    const coverage = await page.locator('#pole-list .coverage').innerText();
    assert.match(coverage, new RegExp(`^Fin 2016 : ${inList} des 37 lauréats des 2 vagues`));
    // Later waves count nothing and say why.
    const later = page.locator('label', { has: page.locator('input[data-wave="AMI-2023"]') });
    assert.match(await later.innerText(), /annoncée après 2016\s*0$/);

    // By keyboard: one year later, in the link.
    await slider.focus();
    for (let y = 2017; y <= 2021; y++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('annee') === '2021');
    await waitForMarkers(page, locatedBy(2021).length);
    // To the last year: every wave, and the parameter leaves the link.
    await page.keyboard.press('End');
    await waitForMarkers(page, LOCATED);
    assert.equal(params(page).has('annee'), false);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('play steps through the years from 2014, and pause stops it', async () => {
    const { page, context } = await ready();
    const play = page.getByRole('button', { name: 'Lecture année par année' });
    await play.click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('annee') === '2014');
    await waitForMarkers(page, locatedBy(2014).length);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('annee') === '2015');
    const pause = page.getByRole('button', { name: 'Pause' });
    assert.equal(await pause.getAttribute('aria-pressed'), 'true');
    await pause.click();
    const stopped = params(page).get('annee');
    await page.waitForTimeout(1500);
    assert.equal(params(page).get('annee'), stopped);
    // With reduced motion (the harness asks for it) the poles appear without a fade.
    assert.equal(
      await page
        .locator('.pole-marker')
        .first()
        .evaluate((e) => getComputedStyle(e).animationName),
      'none',
    );
    await context.close();
  });
});

describe('poles known only by their région', () => {
  test('the list says where the pole is known; opening it draws and frames its région beside the details', async () => {
    const pole = all.find((p) => p.id === 'auton-homme');
    assert.equal(pole.latitude, '');
    assert.equal(pole.region, 'Hauts-de-France');
    const { page, problems, context } = await ready();
    const item = page.locator('.pole-list__item', { hasText: pole.nom });
    assert.match(await item.innerText(), /Hauts-de-France, commune inconnue/);
    await item.click();
    const details = page.getByRole('region', { name: pole.nom });
    await details.waitFor();
    assert.match(
      await details.innerText(),
      /Localisation connue seulement à l’échelle de la région/,
    );
    const outline = page.locator('path.pole-area-outline');
    await outline.waitFor();
    // The map frames the région (about 50.0–51.1 N, 1.4–4.3 E) beside the details.
    await page.waitForFunction(() => new URLSearchParams(location.search).has('map'));
    await page.waitForFunction(() => {
      const box = document.querySelector('path.pole-area-outline')?.getBoundingClientRect();
      const map = document.querySelector('.map').getBoundingClientRect();
      const panel = document.querySelector('.details').getBoundingClientRect();
      return (
        box &&
        box.width > map.width * 0.3 &&
        box.left >= map.left &&
        box.top >= map.top &&
        box.bottom <= map.bottom &&
        box.right <= panel.left + 2
      );
    });
    assert.match(params(page).get('map'), /^[6-8](\.\d+)?\/(49|50|51)\./);
    await noAxeViolation(page, 'a région-only pole open');
    // Closing the details removes the outline.
    await page.keyboard.press('Escape');
    await outline.waitFor({ state: 'detached' });
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('on a phone too, and the pole counts in its région in the statistics', async () => {
    const pole = all.find((p) => p.id === 'auton-homme');
    const { page, context } = await ready({ viewport: PHONE, path: `?sel=${pole.id}` });
    await page.getByRole('region', { name: pole.nom }).waitFor();
    await page.locator('path.pole-area-outline').waitFor();
    await noAxeViolation(page, 'phone, région-only pole');
    await context.close();

    const desk = await ready();
    await desk.page.getByRole('button', { name: 'Statistiques' }).click();
    const row = desk.page.locator('table[data-stats="region"] tbody tr', {
      has: desk.page.locator('th', { hasText: /^Hauts-de-France$/ }),
    });
    const count = all.filter((p) => p.region === 'Hauts-de-France').length;
    assert.equal(await row.locator('td').first().innerText(), String(count));
    await desk.context.close();
  });
});
