import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { e2eSuite, marker, markerNames, noAxeViolation, waitForMarkers } from './harness.mjs';
import { locatedPoles } from './reference-data.mjs';

const located = locatedPoles();
const PHONE = { width: 390, height: 844 };
const { ready } = e2eSuite();

const params = (page) => new URL(page.url()).searchParams;

/** Where a marker is drawn, relative to the map, to compare views. */
async function markerBox(page, name) {
  return page.evaluate((n) => {
    const map = document.querySelector('.map').getBoundingClientRect();
    const r = document
      .querySelector(`.leaflet-marker-icon[aria-label="${n}"]`)
      .getBoundingClientRect();
    return { x: r.x - map.x, y: r.y - map.y };
  }, name);
}

async function waitUntilInMap(page, selector) {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    const map = document.querySelector('.map').getBoundingClientRect();
    const r = el?.getBoundingClientRect();
    return (
      r && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom
    );
  }, selector);
}

const sectorsOf = (p) => (p.secteurs ? p.secteurs.split('|') : ['__none__']);

describe('state in the URL', () => {
  test('filters, selection, language and view survive a reload and a copy into a new tab', async () => {
    const { page, context, problems } = await ready();
    // Opening the app adds nothing to the address.
    assert.equal(new URL(page.url()).search, '');
    await page.locator('input[data-sector="culture"]').uncheck();
    await page.locator('input[data-wave="AAP2-2016"]').uncheck();
    const expected = located.filter(
      (p) => p.appel !== 'AAP2-2016' && sectorsOf(p).some((s) => s !== 'culture'),
    );
    await waitForMarkers(page, expected.length);
    await marker(page, 'Coopaxis').click();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('map'));
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'en');
    const url = page.url();
    const p = params(page);
    assert.equal(p.get('sel'), 'coopaxis');
    assert.equal(p.get('sect'), '-culture');
    assert.equal(p.get('appel'), '-AAP2-2016');
    assert.match(p.get('map'), /^\d+(\.\d+)?\/4\d\.\d+\/-?\d+\.\d+$/);
    const before = await markerBox(page, 'Coopaxis');

    const check = async (target) => {
      await waitForMarkers(target, expected.length);
      assert.deepEqual(await markerNames(target), expected.map((x) => x.nom).sort());
      assert.equal(await target.getAttribute('html', 'lang'), 'en');
      await target.getByRole('region', { name: 'Coopaxis' }).waitFor();
      await target.getByRole('button', { name: 'Close the details' }).waitFor();
      assert.equal(await target.locator('input[data-sector="culture"]').isChecked(), false);
      assert.equal(await target.locator('input[data-wave="AAP2-2016"]').isChecked(), false);
      const after = await markerBox(target, 'Coopaxis');
      assert.ok(
        Math.abs(after.x - before.x) <= 2 && Math.abs(after.y - before.y) <= 2,
        `same view: ${JSON.stringify(before)} then ${JSON.stringify(after)}`,
      );
      assert.equal(target.url(), url, 'the restored address stays as it was');
    };
    await page.reload();
    await check(page);
    const other = await ready({ path: new URL(url).search, markers: expected.length });
    await check(other.page);
    assert.deepEqual(await other.problems(), []);
    await other.context.close();
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('Back and Forward move through selections; panning and filters add no history entry', async () => {
    const { page, context, problems } = await ready();
    const start = await page.evaluate(() => history.length);
    await marker(page, 'Coopaxis').click();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    // A filter change and two pans replace the current entry.
    await page.locator('input[data-sector="industrie"]').uncheck();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await marker(page, 'La Coursive Boutaric').click();
    await page.getByRole('region', { name: 'La Coursive Boutaric' }).waitFor();
    assert.equal(await page.evaluate(() => history.length), start + 2);

    await page.goBack();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    assert.equal(params(page).get('sel'), 'coopaxis');
    await page.goBack();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor({ state: 'detached' });
    assert.equal(await page.locator('.details').count(), 0);
    // The first entry had no filter: going back to it shows every pole again.
    await waitForMarkers(page, located.length);
    await page.goForward();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    await page.goForward();
    await page.getByRole('region', { name: 'La Coursive Boutaric' }).waitFor();
    assert.equal(await page.locator('input[data-sector="industrie"]').isChecked(), false);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a malformed or outdated parameter is ignored with a quiet notice, the rest applies', async () => {
    const { page, context, problems } = await ready({
      path: '?lang=de&sel=ancien-pole&map=9/oops&sect=-culture,-tourisme&utm_source=x',
      markers: located.filter((p) => sectorsOf(p).some((s) => s !== 'culture')).length,
    });
    const notice = page.locator('.url-notice');
    await notice.waitFor();
    const text = await notice.innerText();
    for (const part of [
      'langue',
      'vue de la carte',
      'paramètre « utm_source »',
      'pôle sélectionné',
      'secteurs',
    ]) {
      assert.ok(text.includes(part), `the notice names ${part}: ${text}`);
    }
    // It is a polite status message, not an alert.
    assert.equal(await page.locator('[role="status"]', { has: notice }).count(), 1);
    assert.equal(await page.getByRole('alert').locator('.url-notice').count(), 0);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await page.locator('.details').count(), 0);
    assert.equal(await page.locator('input[data-sector="culture"]').isChecked(), false);
    // The address keeps only what was applied.
    assert.equal(new URL(page.url()).search, '?sect=-culture');
    await noAxeViolation(page, 'URL notice', { targetSize: true });
    await page.getByRole('button', { name: 'Masquer le message' }).click();
    await notice.waitFor({ state: 'detached' });
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('"Partager" copies the address; when the clipboard is refused, the link is shown to copy', async () => {
    const { page, context, problems } = await ready({
      path: '?sel=coopaxis',
      context: { permissions: ['clipboard-read', 'clipboard-write'] },
    });
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    await page.getByRole('button', { name: 'Partager' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Lien copié dans le presse-papiers.' })
      .waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, page.url());
    assert.equal(new URL(copied).searchParams.get('sel'), 'coopaxis');
    assert.deepEqual(await problems(), []);
    await context.close();

    const refused = await ready({
      path: '?sel=coopaxis',
      beforeGoto: (p) =>
        p.addInitScript(() => {
          navigator.clipboard.writeText = () =>
            Promise.reject(new DOMException('refused', 'NotAllowedError'));
        }),
    });
    await refused.page.getByRole('button', { name: 'Partager' }).click();
    const field = refused.page.getByRole('textbox', { name: 'Lien vers cette vue' });
    await field.waitFor();
    assert.equal(await field.inputValue(), refused.page.url());
    assert.equal(await field.getAttribute('readonly'), '');
    assert.equal(
      await field.evaluate((el) => el.selectionStart === 0 && el.selectionEnd === el.value.length),
      true,
    );
    await refused.page.getByText('Copiez le lien ci-dessous').waitFor();
    await noAxeViolation(refused.page, 'share fallback', { targetSize: true });
    assert.deepEqual(await refused.problems(), []);
    await refused.context.close();
  });
});

describe('search', () => {
  const box = (page) => page.getByRole('combobox', { name: 'Rechercher' });

  async function chooseByKeyboard(page, query, optionText) {
    await box(page).fill('');
    await box(page).pressSequentially(query, { delay: 20 });
    const option = page.getByRole('option').filter({ hasText: optionText }).first();
    await option.waitFor();
    assert.equal(await box(page).getAttribute('aria-expanded'), 'true');
    const optionId = await option.getAttribute('id');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('ArrowDown');
      if ((await box(page).getAttribute('aria-activedescendant')) === optionId) break;
    }
    assert.equal(await box(page).getAttribute('aria-activedescendant'), optionId);
    assert.equal(await option.getAttribute('aria-selected'), 'true');
    await page.keyboard.press('Enter');
  }

  test('finds poles by name, neighbourhood and commune, accent- and case-free, by keyboard', async () => {
    const { page, context, problems } = await ready();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    // Reach the search box with the keyboard: skip link, then the search.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await box(page).evaluate((el) => el === document.activeElement), true);
    assert.equal(requests.filter((u) => u.includes('communes')).length, 0, 'no commune file yet');

    await chooseByKeyboard(page, 'coursive', 'La Coursive Boutaric');
    await page.getByRole('region', { name: 'La Coursive Boutaric' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'details-title');
    assert.equal(params(page).get('sel'), 'coursive-boutaric');
    // The commune files were fetched once the user started typing.
    assert.ok(requests.some((u) => u.endsWith('communes-centres.csv')));

    await box(page).focus();
    await chooseByKeyboard(page, 'gresilles', 'La Coursive Boutaric');
    await page.getByRole('region', { name: 'La Coursive Boutaric' }).waitFor();

    await box(page).focus();
    await box(page).fill('');
    await box(page).pressSequentially('Tours');
    // Suggestions follow each keystroke: wait until they answer the whole word.
    await page.waitForFunction(() =>
      /Coopaxis/.test(document.querySelector('[role="option"]')?.textContent ?? ''),
    );
    assert.match(await page.getByRole('option').first().innerText(), /Coopaxis/);
    // Poles come first, then territories, then communes, in labelled groups.
    const groups = await page
      .locator('[role="listbox"] [role="group"]')
      .evaluateAll((gs) =>
        gs.map((g) => document.getElementById(g.getAttribute('aria-labelledby')).textContent),
      );
    assert.deepEqual(groups, ['Pôles', 'Territoires', 'Communes']);
    await noAxeViolation(page, 'search suggestions open', { targetSize: true });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    await waitUntilInMap(page, '.leaflet-marker-icon[aria-label="Coopaxis"]');

    // Escape closes the suggestions, then clears the text.
    await box(page).focus();
    await box(page).fill('');
    await box(page).pressSequentially('zzzz');
    await page.getByRole('status').filter({ hasText: 'Aucun résultat pour « zzzz ».' }).waitFor();
    await box(page).fill('coop');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await box(page).getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Escape');
    assert.equal(await box(page).inputValue(), '');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('finds communes by name and postcode and flies there with a named marker', async () => {
    const { page, context, problems } = await ready();
    await box(page).focus();
    await chooseByKeyboard(page, 'saint-etienne', 'Saint-Étienne (42)');
    const place = page.locator(
      '.place-marker[aria-label="Commune recherchée : Saint-Étienne (42)"]',
    );
    await place.waitFor();
    await waitUntilInMap(page, '.place-marker');
    await page.waitForFunction(() => {
      const [z, lat, lon] = (new URLSearchParams(location.search).get('map') ?? '')
        .split('/')
        .map(Number);
      return z >= 12 && Math.abs(lat - 45.4241) < 0.01 && Math.abs(lon - 4.3665) < 0.01;
    });
    await page
      .getByRole('status')
      .filter({ hasText: 'Carte centrée sur Saint-Étienne (42).' })
      .waitFor();

    await chooseByKeyboard(page, '37000', 'Tours (37)');
    await page.locator('.place-marker[aria-label="Commune recherchée : Tours (37)"]').waitFor();
    assert.equal(await page.locator('.place-marker').count(), 1);
    // Escape closes, a second Escape clears the search and the marker.
    await box(page).focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    assert.equal(await box(page).inputValue(), '');
    await page.locator('.place-marker').waitFor({ state: 'detached' });
    await waitUntilInMap(page, '.leaflet-marker-icon[aria-label="Coopaxis"]');
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

describe('accessible to everyone', () => {
  test('the skip link leads to the list; a filter change announces the count politely', async () => {
    const { page, context } = await ready();
    await noAxeViolation(page, 'initial', { targetSize: true });
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller à la liste des pôles' });
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
    assert.ok((await skip.boundingBox()).y >= 0, 'the skip link shows when focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'pole-list');
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.classList.contains('pole-list__item')),
      true,
    );

    const announcer = page.getByTestId('filter-announcer');
    assert.equal(await announcer.getAttribute('aria-live'), 'polite');
    assert.equal(await announcer.innerText(), '');
    await page.locator('input[data-sector="culture"]').uncheck();
    await page.locator('input[data-sector="numerique"]').uncheck();
    const { referencePoles } = await import('./reference-data.mjs');
    const shown = referencePoles().length; // all poles, located or not, minus those hidden
    const left = referencePoles().filter((p) =>
      sectorsOf(p).some((s) => s !== 'culture' && s !== 'numerique'),
    ).length;
    assert.ok(left < shown);
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="filter-announcer"]').textContent ===
        `${n} pôle(s) affiché(s)`,
      left,
    );
    await noAxeViolation(page, 'filters changed', { targetSize: true });
    await context.close();
  });

  test('every control in the tab order shows a visible focus indicator', async () => {
    const { page, context } = await ready();
    const seen = [];
    for (let i = 0; i < 260; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        return {
          name: el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30) || el.tagName,
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
        };
      });
      if (!info) break;
      seen.push(info);
    }
    const names = seen.map((s) => s.name);
    // A sensible order: skip link, search, share, language, then the panels and the map.
    assert.deepEqual(names.slice(0, 4), [
      'Aller à la liste des pôles',
      'INPUT',
      'Partager',
      'English',
    ]);
    for (const name of ['Tout', 'Carte des pôles', 'Coopaxis', 'Zoom in', 'Mayotte']) {
      assert.ok(names.includes(name), `${name} is in the tab order`);
    }
    assert.deepEqual(
      seen.filter((s) => !s.outline).map((s) => s.name),
      [],
      'controls without a visible focus',
    );
    await context.close();
  });
});

describe('motion', () => {
  test('the map animates zooms only when the user has not asked for reduced motion', async () => {
    const reduced = await ready();
    // Leaflet makes its zoom-animation proxy only when zoom animation is on.
    assert.equal(await reduced.page.locator('.leaflet-proxy').count(), 0);
    await reduced.context.close();
    const normal = await ready({ context: { reducedMotion: 'no-preference' } });
    assert.equal(await normal.page.locator('.leaflet-proxy').count(), 1);
    await normal.context.close();
  });
});

describe('English', () => {
  test('the switch is kept in the URL, with every string and sector translated', async () => {
    const { page, context, problems } = await ready();
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => location.search === '?lang=en');
    await page.reload();
    await waitForMarkers(page, located.length);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.getByRole('button', { name: 'Share' }).waitFor();
    await page.getByRole('combobox', { name: 'Search' }).waitFor();
    await page.getByText('Culture and creative industries').first().waitFor();
    const body = await page.locator('body').innerText();
    for (const french of ['Partager', 'Filtres', 'Aller à', 'Liste des pôles', 'Légende']) {
      assert.ok(!body.includes(french), `no French interface string left: ${french}`);
    }
    await marker(page, 'Coopaxis').click();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    await noAxeViolation(page, 'English with details', { targetSize: true });
    await page.getByRole('button', { name: 'Français' }).click();
    await page.waitForFunction(() => !location.search.includes('lang='));
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});

/** Controls smaller than 44 px in the visible UI, and whether the page scrolls sideways. */
async function phoneAudit(page) {
  return page.evaluate(() => {
    const small = [];
    const controls = document.querySelectorAll(
      'button, input, select, textarea, summary, a[href], [role="button"], [tabindex="0"]',
    );
    for (const el of controls) {
      // Inline links in the attribution sentence are exempt (WCAG 2.5.8, inline); markers
      // have an invisible 44 px ring, checked separately.
      if (
        el.closest('.leaflet-control-attribution') ||
        el.classList.contains('leaflet-marker-icon')
      )
        continue;
      // A checkbox's, radio button's or visually hidden file input's target is its whole label.
      const target = el.matches('input[type="checkbox"], input[type="radio"], input[type="file"]')
        ? (el.labels?.[0] ?? el.closest('label') ?? el)
        : el;
      const r = target.getBoundingClientRect();
      const visible =
        r.width > 0 &&
        r.height > 0 &&
        r.bottom > 0 &&
        r.top < innerHeight &&
        getComputedStyle(el).visibility !== 'hidden' &&
        !el.closest('.visually-hidden, .skip-link');
      if (visible && (r.width < 44 || r.height < 44)) {
        small.push(
          `${el.tagName} "${(el.getAttribute('aria-label') || el.textContent).trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
    // Scrolling panels clip what overflows them: they must not scroll sideways either.
    const sideways = [...document.querySelectorAll('.sidebar, .details, .search__list')]
      .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth)
      .map((el) => `${el.className} ${el.scrollWidth}>${el.clientWidth}`);
    return {
      small,
      scrollWidth: Math.max(document.documentElement.scrollWidth, sideways.length ? 9999 : 0),
      sideways,
    };
  });
}

describe('phone (390×844)', () => {
  test('the map fills the screen, filters, list and details open as sheets, nothing overflows, targets are 44 px', async () => {
    const { page, context, problems } = await ready({ viewport: PHONE });
    const map = await page.locator('.map').boundingBox();
    assert.equal(Math.round(map.width), 390);
    assert.ok(map.height >= 844 * 0.8, `map height ${map.height}`);
    assert.equal(await page.locator('.sidebar').isVisible(), false);
    let audit = await phoneAudit(page);
    assert.ok(audit.scrollWidth <= 390, `initial scrollWidth ${audit.scrollWidth}`);
    assert.deepEqual(audit.small, [], 'initial');
    // A marker's touch target reaches 44 px around its 28 px symbol.
    const hit = await page.evaluate(() => {
      const m = document.querySelector('.leaflet-marker-icon[aria-label="Coopaxis"]');
      const r = m.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      return [
        [x + 21, y],
        [x, y + 21],
        [x - 21, y],
        [x, y - 21],
      ].map(
        ([px, py]) =>
          document
            .elementFromPoint(px, py)
            ?.closest('.leaflet-marker-icon')
            ?.getAttribute('aria-label') ?? null,
      );
    });
    assert.ok(hit.filter((n) => n !== null).length >= 3, JSON.stringify(hit));
    await noAxeViolation(page, 'phone initial', { targetSize: true });

    const filtersButton = page.getByRole('button', { name: 'Filtres', exact: true });
    await filtersButton.click();
    const sheet = page.getByRole('dialog', { name: 'Filtres' });
    await sheet.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'sheet-title');
    assert.equal(await filtersButton.getAttribute('aria-expanded'), 'true');
    await sheet.locator('input[data-sector="culture"]').uncheck();
    audit = await phoneAudit(page);
    assert.ok(audit.scrollWidth <= 390, `filters scrollWidth ${audit.scrollWidth}`);
    assert.deepEqual(audit.small, [], 'filters sheet');
    await noAxeViolation(page, 'phone filters sheet', { targetSize: true });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
    // The count is still announced once the sheet is closed.
    await page.waitForFunction(() =>
      /pôle\(s\) affiché\(s\)$/.test(
        document.querySelector('[data-testid="filter-announcer"]')?.textContent ?? '',
      ),
    );
    assert.equal(await page.getByTestId('filter-announcer').isHidden(), false);
    assert.equal(await filtersButton.evaluate((el) => el === document.activeElement), true);

    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    const list = page.getByRole('dialog', { name: 'Liste des pôles' });
    await list.waitFor();
    audit = await phoneAudit(page);
    assert.ok(audit.scrollWidth <= 390, `list scrollWidth ${audit.sideways}`);
    assert.deepEqual(audit.small, [], 'list sheet');
    await list.locator('.pole-list__item', { hasText: 'Coopaxis' }).click();
    const details = page.getByRole('region', { name: 'Coopaxis' });
    await details.waitFor();
    await list.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'details-title');
    // The pole shows above the details sheet, not under it.
    const [m, d] = await Promise.all([
      marker(page, 'Coopaxis').boundingBox(),
      details.boundingBox(),
    ]);
    assert.ok(m.y + m.height <= d.y && m.y >= map.y, `marker ${m.y}, sheet top ${d.y}`);
    assert.ok(d.width >= 389, 'details as a full-width bottom sheet');
    audit = await phoneAudit(page);
    assert.ok(audit.scrollWidth <= 390, `details scrollWidth ${audit.scrollWidth}`);
    assert.deepEqual(audit.small, [], 'details sheet');
    await noAxeViolation(page, 'phone details', { targetSize: true });
    await page.getByRole('button', { name: 'Fermer les détails' }).click();
    await details.waitFor({ state: 'detached' });

    // The search suggestions fit the screen too.
    await page.getByRole('combobox', { name: 'Rechercher' }).fill('saint');
    await page.getByRole('option').first().waitFor();
    audit = await phoneAudit(page);
    assert.ok(audit.scrollWidth <= 390, `search scrollWidth ${audit.scrollWidth}`);
    assert.deepEqual(audit.small, [], 'search');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('the skip link opens the list sheet', async () => {
    const { page, context } = await ready({ viewport: PHONE });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Liste des pôles' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'pole-list');
    await context.close();
  });
});

describe('embed mode', () => {
  test('?embed=1 hides the chrome, keeps map, filters and details, and links to the full app', async () => {
    const { page, context, problems } = await ready({
      path: '?embed=1&sel=coopaxis',
      viewport: { width: 800, height: 600 },
    });
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Partager' }).count(), 0);
    assert.equal(await page.getByRole('combobox').count(), 0);
    assert.equal(await page.locator('.app-header__subtitle').count(), 0);
    const link = page.getByRole('link', { name: /Ouvrir la carte complète/ });
    assert.equal(await link.getAttribute('target'), '_blank');
    const href = new URL(await link.getAttribute('href'), page.url());
    assert.equal(href.searchParams.get('embed'), null);
    assert.equal(href.searchParams.get('sel'), 'coopaxis');
    assert.equal(params(page).get('embed'), '1');
    await page.getByRole('button', { name: 'Fermer les détails' }).click();

    await page.getByRole('button', { name: 'Filtres', exact: true }).click();
    const sheet = page.getByRole('dialog', { name: 'Filtres' });
    await sheet.waitFor();
    await sheet.getByRole('checkbox', { name: "Pôles des membres de l'association" }).check();
    await waitForMarkers(page, located.filter((p) => p.membre_association === 'oui').length);
    await page.waitForFunction(
      () => location.search.includes('membres=1') && location.search.includes('embed=1'),
    );
    await noAxeViolation(page, 'embed with filters', { targetSize: true });
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    // Selections in the frame do not fill the host page's history.
    const entries = await page.evaluate(() => history.length);
    await marker(page, 'Coopaxis').click();
    await page.getByRole('region', { name: 'Coopaxis' }).waitFor();
    await noAxeViolation(page, 'embed with details', { targetSize: true });
    assert.equal(await page.evaluate(() => history.length), entries);
    assert.equal(params(page).get('sel'), 'coopaxis');
    const full = new URL(await link.getAttribute('href'), page.url());
    assert.equal(full.searchParams.get('membres'), '1');
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});
