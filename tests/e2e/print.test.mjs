// Printing: the view on one A4 landscape page with its title, legend, filters, sources, date and
// link, and no controls; an open pole as its sheet on at most two pages; an open territory
// profile as its sheet, tables included, on at most three; the print stylesheet there from the
// first load without holding the first paint; the map put back afterwards.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { e2eSuite, waitForBasemap } from './harness.mjs';
import { locatedPoles, referencePoles } from './reference-data.mjs';

const { ready } = e2eSuite();

/** The located poles shown with the 2016 wave hidden (`appel=-2016`, a link of two-wave days). */
const but2016 = locatedPoles().filter((p) => p.appel !== 'AAP2-2016').length;

/** Pages of a PDF: its `/Type /Page` objects (not the `/Type /Pages` tree). */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** The page as it is laid out for paper (the print media query, as Ctrl+P gives it). */
async function printMedia(page) {
  await page.emulateMedia({ media: 'print' });
  await page.locator('.print-foot').waitFor();
}

/**
 * The PDF of the page printed on A4 landscape. Chromium fires beforeprint and afterprint
 * around it, so what the page shows for paper is checked before.
 */
const printToPdf = (page) => page.pdf({ format: 'A4', landscape: true });

/** The controls and panels a printed page still shows (none expected). */
const visibleControls = (page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'button:not(.qpv-relation), input, select, textarea, summary, #sidebar, .leaflet-control, .app-header, .qpv-tools, .export-tools, .basemap-switcher, .territory-jump',
      ),
    ]
      .filter((el) => el.checkVisibility())
      .map(
        (el) => `${el.tagName.toLowerCase()}.${el.className} ${el.textContent.trim().slice(0, 30)}`,
      ),
  );

const mapState = (page) =>
  page.evaluate(() => {
    const map = document.querySelector('.map');
    return {
      url: location.href,
      size: [map.clientWidth, map.clientHeight],
      printing: document.querySelector('.map--printing, .print-foot') !== null,
    };
  });

/**
 * Waits until the print parts are gone and the map has its screen size again: leaving print
 * media, the page's scrollbars come back a layout later than the print parts go.
 */
async function backOnScreen(page, before) {
  await page.waitForFunction(([w, h]) => {
    const map = document.querySelector('.map');
    return (
      !document.querySelector('.print-foot') && map.clientWidth === w && map.clientHeight === h
    );
  }, before.size);
}

describe('printing', () => {
  test('the view prints on one A4 landscape page: title, legend, filters in words, sources, date, link; no controls', async () => {
    const { page, problems, context } = await ready({ path: '?appel=-2016', markers: but2016 });
    await waitForBasemap(page);
    const before = await mapState(page);
    await printMedia(page);
    assert.deepEqual(await visibleControls(page), []);
    // The waves shown, named as appels.csv names them.
    const title = await page.locator('.print-title').innerText();
    assert.ok(
      title.startsWith(
        'Pôles territoriaux de coopération économique (PTCE), 1er appel à projets national PTCE, 2014, AMI',
      ),
      title,
    );
    assert.ok(!title.includes('2e appel'), title);
    const side = page.locator('.print-side');
    assert.ok((await side.locator('li').count()) >= 3, 'legend entries');
    assert.match(
      await side.innerText(),
      /Vagues masquées : 2e appel à projets national PTCE, 2016/,
    );
    const foot = await page.locator('.print-foot').innerText();
    assert.match(foot, /Sources : .*IGN – Admin Express/);
    assert.match(foot, /Données des pôles du \d{1,2} \p{L}+ \d{4}\. Imprimé le/u);
    assert.ok(foot.includes(`Cette vue : ${before.url}`), foot);
    // The map is on the page at its paper size, with the poles drawn.
    const map = await page.locator('.map').boundingBox();
    assert.ok(map.width > 700 && map.height > 500, JSON.stringify(map));
    assert.ok(await page.locator('.pole-marker').first().isVisible());
    assert.equal(pageCount(await printToPdf(page)), 1);

    // Back on screen, everything is as it was.
    await page.emulateMedia({ media: 'screen' });
    await backOnScreen(page, before);
    assert.deepEqual(await mapState(page), before);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('an open pole prints as its sheet on at most two pages: name, wave, facts, QPV relation, neighbourhood map, sources as addresses', async () => {
    const { page, problems, context } = await ready({ path: '?sel=coopaxis' });
    const details = page.getByRole('region', { name: 'Coopaxis' });
    await details.waitFor();
    const before = await mapState(page);
    await printMedia(page);
    assert.deepEqual(await visibleControls(page), []);
    const text = await details.innerText();
    assert.match(text, /Coopaxis/);
    assert.match(text, /Vague de soutien\s+1er appel à projets national PTCE/);
    assert.match(text, /Dans le quartier prioritaire Sanitas \(QN03709M\)/);
    // The sources written out in full, readable on paper.
    const sources = await details.locator('.details__sources a').allInnerTexts();
    assert.ok(
      sources.length > 0 && sources.every((s) => /^https?:\/\/\S+$/.test(s)),
      sources.join(' '),
    );
    // A small map of its neighbourhood, centred on the pole.
    const map = await page.locator('.map').boundingBox();
    const marker = await page.locator('.pole-marker[data-pole-id="coopaxis"]').boundingBox();
    assert.ok(map.width < 500 && map.height < 350, JSON.stringify(map));
    assert.ok(Math.abs(marker.x + marker.width / 2 - (map.x + map.width / 2)) < 30);
    assert.ok(Number(await page.locator('.leaflet-container').getAttribute('data-zoom')) >= 13);
    assert.ok(
      (await page.locator('.print-foot').innerText()).includes(`Cette vue : ${before.url}`),
    );
    assert.equal(await page.locator('.print-title, .print-side').count(), 0);
    const pages = pageCount(await printToPdf(page));
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);

    await page.emulateMedia({ media: 'screen' });
    await backOnScreen(page, before);
    assert.deepEqual(await mapState(page), before);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  /**
   * A territory's profile printed: its sheet with name, kind, population, the outline framed on
   * its map, every table with its caption, the lists in full as text, the filters in words and
   * the footer; no controls; at most three A4 landscape pages; the screen put back after.
   */
  async function printsTerritory({ path, markers, code, name, kind, filters }) {
    const { page, problems, context } = await ready({ path, markers });
    const panel = page.getByRole('region', { name, exact: true });
    await panel.locator('[data-stats="territory-figures"]').waitFor();
    await page.waitForFunction(
      (c) => document.querySelector('.map')?.dataset.territoryOutline === c,
      code,
    );
    const population = Number(
      await panel.getByTestId('territory-population').getAttribute('data-value'),
    );
    assert.ok(population > 100000, String(population));
    const before = await mapState(page);
    await printMedia(page);
    assert.deepEqual(await visibleControls(page), []);
    assert.equal(await page.locator('.app--print-territory').count(), 1);
    const text = await panel.innerText();
    assert.ok(text.startsWith(name), text.slice(0, 80));
    assert.match(text, kind);
    const grouped = new Intl.NumberFormat('fr').format(population);
    assert.ok(text.includes(`${grouped} habitants`), `population ${grouped}`);
    // Every table, its caption on paper.
    const captions = await panel
      .locator('caption')
      .evaluateAll((els) =>
        els.filter((e) => e.checkVisibility()).map((e) => e.textContent.trim()),
      );
    assert.deepEqual(captions, [
      'Pôles par vague de soutien de l’État',
      'Pôles par secteur',
      'Trois rapports, sur ce territoire et en France (mêmes filtres)',
    ]);
    for (const def of ['pour 100 000 habitants', 'à moins de']) assert.match(text, new RegExp(def));
    // The lists in full, as text: the one pole of Côte-d'Or and Dijon Métropole, every QPV.
    const listed = await panel.locator('[data-testid="territory-poles"] li').allInnerTexts();
    const onIt = referencePoles().filter((p) => p.departement === '21');
    assert.deepEqual(
      listed.map((l) => l.split(' Dijon')[0]),
      onIt.map((p) => p.nom),
    );
    const qpv = panel.getByTestId('territory-qpv');
    assert.ok((await qpv.locator('li').count()) >= 3);
    assert.ok(await qpv.evaluate((el) => el.scrollHeight <= el.clientHeight + 1), 'QPV list cut');
    // The map framed on the outline: the outline fills the map in one direction, inside it.
    const map = await page.locator('.map').boundingBox();
    assert.ok(map.width > 400 && map.width < 500 && map.height < 400, JSON.stringify(map));
    const outline = await page
      .locator('.leaflet-overlay-pane path[stroke="#1b4f72"]')
      .last()
      .boundingBox();
    const inside =
      outline.x >= map.x - 2 &&
      outline.y >= map.y - 2 &&
      outline.x + outline.width <= map.x + map.width + 2 &&
      outline.y + outline.height <= map.y + map.height + 2;
    assert.ok(inside, JSON.stringify({ map, outline }));
    assert.ok(
      outline.width > 0.8 * map.width || outline.height > 0.8 * map.height,
      JSON.stringify({ map, outline }),
    );
    assert.match(await page.locator('.print-filters').innerText(), filters);
    const foot = await page.locator('.print-foot').innerText();
    assert.match(foot, /Sources : .*IGN – Admin Express/);
    assert.ok(foot.includes(`Cette vue : ${before.url}`), foot);
    assert.equal(await page.locator('.print-title, .print-side').count(), 0);
    const pages = pageCount(await printToPdf(page));
    assert.ok(pages >= 1 && pages <= 3, `${pages} pages`);

    await page.emulateMedia({ media: 'screen' });
    await backOnScreen(page, before);
    assert.deepEqual(await mapState(page), before);
    assert.ok(await panel.locator('[data-testid="territory-poles"] button').first().isVisible());
    assert.deepEqual(await problems(), []);
    await context.close();
    return pages;
  }

  test('a département’s profile prints as its sheet on at most three pages: name, kind, population, outline, tables, filters in words, footer; no controls', async () => {
    await printsTerritory({
      path: '?territoire=dep-21',
      code: 'dep-21',
      name: "Côte-d'Or",
      kind: /Département \(21\)/,
      filters: /Aucun : tous les pôles sont affichés\./,
    });
  });

  test('an intercommunality’s profile, filtered, prints as its sheet with the filters in words', async () => {
    await printsTerritory({
      path: '?territoire=epci-242100410&appel=-2016',
      markers: but2016,
      code: 'epci-242100410',
      name: 'Dijon Métropole',
      kind: /Métropole · SIREN 242100410/,
      filters: /Vagues masquées : 2e appel à projets national PTCE, 2016/,
    });
  });

  test('a pole opened from a profile prints as the pole’s sheet, not the profile', async () => {
    const { page, problems, context } = await ready({ path: '?territoire=dep-21' });
    const panel = page.getByRole('region', { name: "Côte-d'Or", exact: true });
    await panel.locator('[data-testid="territory-poles"] button').first().click();
    const pole = referencePoles().find((p) => p.departement === '21');
    await page.getByRole('region', { name: pole.nom }).waitFor();
    await printMedia(page);
    assert.deepEqual(await visibleControls(page), []);
    assert.equal(await page.locator('.app--print-pole').count(), 1);
    assert.equal(await page.locator('.territory').isVisible(), false);
    assert.equal(await page.locator('.print-filters').count(), 0);
    const pages = pageCount(await printToPdf(page));
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('"Imprimer" calls the browser’s print; the print events lay the page out and put it back', async () => {
    const { page, problems, context } = await ready();
    await page.evaluate(() => {
      window.__printed = 0;
      window.print = () => window.__printed++;
    });
    await page
      .getByRole('group', { name: 'Image et impression' })
      .getByRole('button', { name: 'Imprimer' })
      .click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
    const before = await mapState(page);
    // What Ctrl+P or the browser's menu do before and after printing.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    assert.equal(await page.locator('.print-foot').count(), 1, 'laid out at once, before printing');
    assert.equal(await page.locator('.map--printing').count(), 1);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await backOnScreen(page, before);
    assert.deepEqual(await mapState(page), before);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('the print stylesheet is linked for print only: there for Ctrl+P, never holding the first paint', async () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const links = html.match(/<link [^>]*print\.css[^>]*>/g) ?? [];
    assert.equal(links.length, 1);
    assert.match(links[0], /rel="stylesheet"/);
    assert.match(links[0], /media="print"/);
    const { page, problems, context } = await ready();
    const sheet = await page.evaluate(() =>
      [...document.styleSheets]
        .filter((s) => s.href?.endsWith('/print.css'))
        .map((s) => ({ media: s.media.mediaText, rules: s.cssRules.length })),
    );
    assert.equal(sheet.length, 1);
    assert.equal(sheet[0].media, 'print');
    assert.ok(sheet[0].rules > 10);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});
