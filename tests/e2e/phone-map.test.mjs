// "The map is the page on a phone": at 390×844 the controls over the map cover under 12 % of it,
// the territory jumps, QPV tools and basemap choice live in one map menu, the attribution folds
// behind a "Sources ©" button, and every target is 44 px and works from the keyboard.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { e2eSuite, noAxeViolation, waitForBasemap } from './harness.mjs';

const { ready } = e2eSuite();
const PHONE = { width: 390, height: 844 };

/**
 * The share of the map's area where the top element is not the map itself (its container,
 * panes, markers, basemap), sampled every 6 px; and what covers it, by control.
 */
function coverage(page) {
  return page.evaluate(() => {
    const map = document.querySelector('.leaflet-container');
    const box = map.getBoundingClientRect();
    let samples = 0;
    let covered = 0;
    const by = {};
    for (let y = box.top + 3; y < box.bottom; y += 6) {
      for (let x = box.left + 3; x < box.right; x += 6) {
        samples++;
        const el = document.elementFromPoint(x, y);
        if (el === map || el?.closest('.leaflet-pane')) continue;
        covered++;
        const name = el?.closest('[class]')?.className.split(' ')[0] ?? 'nothing';
        by[name] = (by[name] ?? 0) + 1;
      }
    }
    return { share: covered / samples, by };
  });
}

/** Targets smaller than 44 px among the visible controls inside `root`. */
function smallTargets(page, root) {
  return page.evaluate((selector) => {
    const small = [];
    for (const el of document
      .querySelector(selector)
      .querySelectorAll('button, input, summary, a[href], select')) {
      const target = el.matches('input[type="checkbox"], input[type="radio"]')
        ? (el.closest('label') ?? el)
        : el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.width < 44 || r.height < 44) {
        small.push(`${el.tagName} "${target.textContent.trim()}" ${r.width}×${r.height}`);
      }
    }
    return small;
  }, root);
}

const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent?.trim());

describe('phone (390×844)', () => {
  test('before anything is opened, controls cover under 12 % of the map', async (t) => {
    const { page, context, problems } = await ready({ viewport: PHONE });
    // Once everything has loaded: the loading line is not a control.
    await waitForBasemap(page);
    await page.locator('.load-status .loading').waitFor({ state: 'detached' });
    const { share, by } = await coverage(page);
    t.diagnostic(`controls cover ${(share * 100).toFixed(1)} % of the map: ${JSON.stringify(by)}`);
    assert.ok(share < 0.12, `controls cover ${(share * 100).toFixed(1)} %`);
    // The zoom buttons, the menu, "Filtres"/"Liste" and the folded attribution are all there.
    for (const name of ['map-menu__button', 'compact-bar', 'attribution-fold']) {
      assert.ok(by[name] > 0, `${name} is on the map`);
    }
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('one map menu holds the territory jumps, the QPV tools and the basemap choice', async () => {
    const { page, context, problems } = await ready({ viewport: PHONE });
    const button = page.getByRole('button', { name: 'Carte', exact: true });
    // Folded: none of its tools is shown.
    for (const name of ['Métropole', 'La Réunion', 'Vérifier un lieu', 'Statistiques']) {
      assert.equal(await page.getByRole('button', { name, exact: true }).isVisible(), false, name);
    }
    assert.equal(await button.getAttribute('aria-expanded'), 'false');

    // From the keyboard: Enter opens it, the focus moves in, Escape folds it and gives it back.
    await button.focus();
    await page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await focusedText(page), 'Métropole');
    assert.deepEqual(await smallTargets(page, '.map-menu'), []);
    await page.locator('.map-menu summary').click();
    await page.getByRole('radio').first().waitFor();
    assert.deepEqual(await smallTargets(page, '.map-menu'), [], 'with the basemap choice open');
    await noAxeViolation(page, 'map menu open', { targetSize: true });
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'map-menu__button');
    assert.equal(await page.getByRole('radio').first().isVisible(), false);

    // A territory jump folds the menu and moves the map there.
    await button.click();
    await page.getByRole('button', { name: 'La Réunion', exact: true }).click();
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await page.waitForFunction(() => {
      const map = document.querySelector('.leaflet-container').getBoundingClientRect();
      const r = document
        .querySelector('.leaflet-marker-icon[data-pole-id="ecopal-reunion"]')
        ?.getBoundingClientRect();
      return (
        r &&
        r.left >= map.left &&
        r.right <= map.right &&
        r.top >= map.top &&
        r.bottom <= map.bottom
      );
    });

    // The QPV switch stays in the open menu and draws the layer (contours at this zoom).
    await button.click();
    await page.getByRole('switch', { name: 'Quartiers prioritaires (QPV)' }).check();
    await page.waitForFunction(() =>
      ['points', 'shapes'].includes(document.querySelector('.map')?.dataset.qpvLayer),
    );
    assert.equal(await button.getAttribute('aria-expanded'), 'true');

    // "Statistiques" folds the menu; closing the dialog gives the focus back to the menu button.
    await page.getByRole('button', { name: 'Statistiques' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'map-menu__button');

    // "Vérifier un lieu" folds the menu and opens the place check.
    await button.click();
    await page.getByRole('button', { name: 'Vérifier un lieu' }).click();
    await page.getByLabel('Commune, code INSEE ou code postal').waitFor();
    assert.equal(await button.getAttribute('aria-expanded'), 'false');

    // A tap on the map folds an open menu.
    await button.click();
    await page.mouse.click(200, 700);
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('the attribution unfolds from a "Sources ©" button, from the keyboard too', async () => {
    const { page, context, problems } = await ready({ viewport: PHONE });
    const attribution = page.locator('.leaflet-control-attribution');
    const button = page.getByRole('button', { name: 'Sources ©' });
    assert.equal(await attribution.isVisible(), false);
    const box = await button.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `${box.width}×${box.height}`);
    await button.focus();
    await page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    // Unfolded, it names the basemap's source once the basemap (drawn after the markers) is in.
    await attribution.filter({ hasText: 'IGN' }).waitFor();
    assert.match(await attribution.innerText(), /IGN/);
    assert.match(await attribution.innerText(), /ANCT/);
    // Unfolded, it stays clear of the "Filtres" and "Liste" buttons and of its own button.
    const [a, bar] = await Promise.all([
      attribution.boundingBox(),
      page.locator('.compact-bar').boundingBox(),
    ]);
    assert.ok(a.y + a.height <= bar.y, `attribution bottom ${a.y + a.height}, bar top ${bar.y}`);
    await noAxeViolation(page, 'attribution unfolded', { targetSize: true });
    await page.keyboard.press('Escape');
    assert.equal(await attribution.isVisible(), false);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('desktop (1366×800)', () => {
  test('keeps the territory strip, the QPV tools, the basemap choice and the attribution over the map', async () => {
    const { page, context, problems } = await ready({ viewport: { width: 1366, height: 800 } });
    assert.equal(await page.locator('.map-menu, .attribution-fold').count(), 0);
    for (const name of ['Métropole', 'La Réunion', 'Vérifier un lieu', 'Statistiques']) {
      assert.ok(await page.getByRole('button', { name, exact: true }).isVisible(), name);
    }
    assert.ok(await page.getByRole('switch', { name: 'Quartiers prioritaires (QPV)' }).isVisible());
    assert.ok(await page.locator('.basemap-switcher summary').isVisible());
    // The basemap's attribution comes with the basemap, drawn after the markers: wait for it.
    const attribution = page.locator('.leaflet-control-attribution');
    await attribution.filter({ hasText: 'IGN' }).waitFor();
    assert.match(await attribution.innerText(), /IGN/);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});
