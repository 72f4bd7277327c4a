// "Exporter l'image": the dialog, the PNG at both sizes read back pixel by pixel (title, legend,
// map), the embedded-basemap version when the capture library cannot load, the phone's menu,
// and the Content-Security-Policy left as strict as it was.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { e2eSuite, noAxeViolation, waitForBasemap } from './harness.mjs';
import { locatedPoles, referenceWaves } from './reference-data.mjs';
import { coloursIn, decodePng } from './png.mjs';
import { solidPng } from './solid-png.mjs';

const { ready } = e2eSuite();

/** The sector colours of src/map/sector-style.ts, as the canvas writes them. */
const SECTOR_COLOURS = ['#cc79a7', '#0072b2', '#e69f00', '#56b4e9', '#d55e00', '#009e73'];

/** Records the page's CSP violations from its first script on. */
const recordCsp = async (page) =>
  page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });

async function openDialog(page) {
  await page.getByRole('button', { name: 'Exporter l’image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter la carte en image' });
  await dialog.waitFor();
  return dialog;
}

/** Exports at `size` ('a4' or 'screen'); the downloaded file's name, pixels and the status line. */
async function exportImage(page, dialog, size, button = 'Exporter') {
  await dialog.locator(`input[name="export-size"][value="${size}"]`).check();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60000 }),
    dialog.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const bytes = readFileSync(await file.path());
  const status = dialog.getByRole('status');
  await status.filter({ hasText: 'Image téléchargée' }).waitFor();
  return {
    name: file.suggestedFilename(),
    bytes,
    png: decodePng(bytes),
    status: await status.innerText(),
  };
}

/** Dark pixels (text) in a band of the image. */
function darkPixels(png, box) {
  let n = 0;
  for (const [hex, count] of coloursIn(png, box)) {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    if (r < 70 && g < 70 && b < 70) n += count;
  }
  return n;
}

/** What any image must show: a title, a legend with the sectors' colours, a painted map. */
function assertComposed(png, label) {
  const all = coloursIn(png, { x: 0, y: 0, width: png.width, height: png.height }, 3);
  assert.ok(all.size > 300, `${label}: ${all.size} colours, not a blank image`);
  const titleBand = { x: 0, y: 0, width: png.width, height: Math.round(png.height * 0.07) };
  assert.ok(darkPixels(png, titleBand) > 500, `${label}: text in the title band`);
  // The legend column: right of the map (which ends before 74 % of the width at both sizes).
  const side = {
    x: Math.round(png.width * 0.745),
    y: Math.round(png.height * 0.08),
    width: Math.round(png.width * 0.25) - 1,
    height: Math.round(png.height * 0.6),
  };
  const legend = coloursIn(png, side);
  const swatches = SECTOR_COLOURS.filter((c) => (legend.get(c) ?? 0) > 20);
  assert.ok(swatches.length >= 5, `${label}: legend swatches ${swatches.join(' ')}`);
  assert.ok(darkPixels(png, side) > 2000, `${label}: legend labels`);
  // The map: the embedded basemap's land colour fills a good part of the left.
  const map = coloursIn(
    png,
    {
      x: Math.round(png.width * 0.05),
      y: Math.round(png.height * 0.15),
      width: Math.round(png.width * 0.6),
      height: Math.round(png.height * 0.6),
    },
    2,
  );
  assert.ok((map.get('#f6f3ec') ?? 0) > 5000, `${label}: the embedded basemap is drawn`);
}

describe('Exporter l’image', () => {
  test('the dialog: named, keyboard, title from the filters, no axe violation; focus back on close', async () => {
    const others = locatedPoles().filter((p) => p.appel !== 'AAP2-2016').length;
    const { page, problems, context } = await ready({ path: '?appel=-2016', markers: others });
    const button = page.getByRole('button', { name: 'Exporter l’image' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Exporter la carte en image' });
    await dialog.waitFor();
    const title = dialog.getByRole('textbox', { name: 'Titre de l’image' });
    assert.equal(
      await title.inputValue(),
      `Pôles territoriaux de coopération économique (PTCE), ${referenceWaves()
        .filter((w) => w.appel !== 'AAP2-2016')
        .map((w) => w.name)
        .join(', ')}`,
    );
    await dialog
      .getByRole('radio', { name: /^La carte comme à l’écran \(\d+ × \d+ px\)$/ })
      .waitFor();
    await dialog.getByRole('radio', { name: 'A4 paysage, 150 dpi (1754 × 1240 px)' }).waitFor();
    await noAxeViolation(page, 'export dialog open');
    // The focus stays in the modal dialog (the page behind is inert; past the last control
    // the browser's own interface may take it, which headless shows as the body).
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const inside = await dialog.evaluate(
        (d) => d.contains(document.activeElement) || document.activeElement === document.body,
      );
      assert.ok(inside, `tab ${i}`);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Exporter l’image',
    );
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('A4 and screen: a PNG at the size chosen, with title, legend and map in its pixels, the view untouched', async () => {
    const { page, problems, context } = await ready({ beforeGoto: recordCsp });
    await waitForBasemap(page);
    const before = await page.evaluate(() => ({
      url: location.href,
      size: [
        document.querySelector('.map').clientWidth,
        document.querySelector('.map').clientHeight,
      ],
    }));
    const dialog = await openDialog(page);
    await dialog
      .getByRole('textbox', { name: 'Titre de l’image' })
      .fill('Les PTCE en France, note de décembre');

    const a4 = await exportImage(page, dialog, 'a4');
    assert.match(a4.name, /^carte-ptce-a4-\d{4}-\d{2}-\d{2}\.png$/);
    assert.deepEqual([a4.png.width, a4.png.height], [1754, 1240]);
    assert.match(a4.status, /1754 × 1240 px, \d+ Ko, en \d+\.\d s/);
    assertComposed(a4.png, 'A4');

    const screen = await exportImage(page, dialog, 'screen');
    assert.match(screen.name, /^carte-ptce-ecran-\d{4}-\d{2}-\d{2}\.png$/);
    // The map keeps its size on screen; title, legend and sources are around it.
    assert.ok(screen.png.width > before.size[0] && screen.png.height > before.size[1]);
    assert.ok(
      screen.status.includes(`${screen.png.width} × ${screen.png.height} px`),
      screen.status,
    );
    assertComposed(screen.png, 'screen');

    // Nothing left half-done: the map is back at its size, the view and address as they were.
    const after = await page.evaluate(() => ({
      url: location.href,
      size: [
        document.querySelector('.map').clientWidth,
        document.querySelector('.map').clientHeight,
      ],
      exporting: document.querySelector('.map--exporting') !== null,
    }));
    assert.deepEqual(after, { ...before, exporting: false });
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('when the capture library cannot load, an alert says why and the embedded-basemap version is made', async () => {
    const { page, problems, context } = await ready({
      allowFailures: [/capture-library-/, /net::ERR_FAILED/],
      beforeGoto: (p) => p.route(/capture-library-[\w-]+\.js$/, (route) => route.abort()),
    });
    await waitForBasemap(page);
    const dialog = await openDialog(page);
    await dialog.locator('input[name="export-size"][value="a4"]').check();
    await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    assert.match(
      await alert.innerText(),
      /L’image n’a pas pu être faite : le module de capture n’a pas pu être chargé\./,
    );
    assert.equal(await page.locator('.map--exporting').count(), 0, 'the map is put back');
    const fallback = await exportImage(page, dialog, 'a4', 'Exporter avec le fond intégré seul');
    assert.deepEqual([fallback.png.width, fallback.png.height], [1754, 1240]);
    assertComposed(fallback.png, 'embedded only');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('with online tiles on screen, the image has the embedded basemap instead, and says so', async () => {
    const tile = solidPng(256, [120, 170, 120]);
    const { page, problems, context } = await ready({
      path: '?basemap=osm',
      beforeGoto: (p) =>
        p.route('https://tile.openstreetmap.org/**', (r) =>
          r.fulfill({ status: 200, contentType: 'image/png', body: tile }),
        ),
    });
    await page.locator('.leaflet-tile-loaded').first().waitFor();
    const dialog = await openDialog(page);
    await dialog
      .getByText(
        'Le fond en ligne ne peut pas être repris dans une image : le fond de carte intégré le remplace.',
      )
      .waitFor();
    const { png } = await exportImage(page, dialog, 'screen');
    assertComposed(png, 'online tiles left out');
    const colours = coloursIn(png, { x: 0, y: 0, width: png.width, height: png.height }, 2);
    assert.equal(colours.get('#78aa78') ?? 0, 0, 'no pixel of the online tiles');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('on a phone the map menu offers the export and the print', async () => {
    const { page, problems, context } = await ready({ viewport: { width: 390, height: 844 } });
    await page.getByRole('button', { name: 'Carte', exact: true }).click();
    await page
      .getByRole('group', { name: 'Image et impression' })
      .getByRole('button', { name: 'Imprimer' })
      .waitFor();
    await page.getByRole('button', { name: 'Exporter l’image' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter la carte en image' });
    await dialog.waitFor();
    await noAxeViolation(page, 'export dialog on a phone');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('the Content-Security-Policy is as strict as before: no unsafe-inline, no unsafe-eval', () => {
    const expected =
      "default-src 'self'; script-src 'self'; style-src 'self'; " +
      "img-src 'self' data: blob: https://tile.openstreetmap.org https://data.geopf.fr; " +
      "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; " +
      "object-src 'none'; " +
      "base-uri 'self'; form-action 'self'";
    const html = readFileSync('dist/index.html', 'utf8');
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${expected}" />`));
    assert.ok(!/unsafe-(inline|eval)/.test(html));
  });
});

describe('the export’s code', () => {
  test('comes at first use: pointing at the button fetches the dialog, the first export the capture library', async () => {
    const scripts = [];
    const { page, problems, context } = await ready({
      beforeGoto: (p) =>
        p.on('request', (req) => {
          const m = /\/assets\/([^/]+)-[\w-]{8}\.js$/.exec(new URL(req.url()).pathname);
          if (m) scripts.push(m[1]);
        }),
    });
    await page.waitForLoadState('networkidle');
    assert.ok(!scripts.includes('ExportDialog'), scripts.join(', '));
    assert.ok(!scripts.includes('capture-library'), scripts.join(', '));
    await page.getByRole('button', { name: 'Exporter l’image' }).hover();
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((r) => /ExportDialog-/.test(r.name)),
    );
    assert.ok(!scripts.includes('capture-library'), 'the library waits for the first export');
    const dialog = await openDialog(page);
    await exportImage(page, dialog, 'screen');
    assert.ok(scripts.includes('capture-library'), scripts.join(', '));
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});
