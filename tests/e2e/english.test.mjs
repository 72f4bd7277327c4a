// The English strings are a chunk of their own (src/i18n/messages-en.ts): a French visit never
// downloads it, a link in English is English from its first render, a switch waits for it, and
// a chunk that cannot load leaves a working French page that says so.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { e2eSuite, marker, noAxeViolation } from './harness.mjs';

const { ready } = e2eSuite();
const ENGLISH_CHUNK = /\/assets\/messages-en-[\w-]+\.js$/;

/** Records every URL the page requests. */
function recordRequests(page) {
  const urls = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/**
 * Records, from the first mutation on, the title and the language button of the page that React
 * renders (the static first paint of index.html is French by design and is left out).
 */
function recordRenders(page) {
  return page.addInitScript(() => {
    window.__renders = [];
    new MutationObserver(() => {
      const app = document.querySelector('#root > .app:not(.app--static)');
      if (!app) return;
      const title = app.querySelector('.app-header h1')?.textContent ?? null;
      const button = app.querySelector('.lang-switch')?.textContent ?? null;
      const last = window.__renders.at(-1);
      if (last?.title !== title || last?.button !== button)
        window.__renders.push({ title, button });
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/** Serves the English chunk as missing. */
function failEnglish(page) {
  return page.route(ENGLISH_CHUNK, (route) => route.fulfill({ status: 404, body: 'missing' }));
}

describe('English strings, loaded only when needed', () => {
  test('a French visit does not request them; the switch does, then translates', async () => {
    const { page, context, problems } = await ready({
      beforeGoto: async (p) => {
        p.requests = recordRequests(p);
      },
    });
    // Every lazy part a French visitor meets on load (basemap, neighbourhoods) has had its turn.
    await page.locator('.load-status .loading').waitFor({ state: 'detached' });
    await marker(page, 'Coopaxis').click();
    await page.getByRole('button', { name: 'Fermer les détails' }).waitFor();
    assert.deepEqual(
      page.requests.filter((u) => ENGLISH_CHUNK.test(u)),
      [],
    );
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    assert.equal(page.requests.filter((u) => ENGLISH_CHUNK.test(u)).length, 1);
    assert.equal(await page.locator('.app-header h1').innerText(), 'PTCE map');
    await page.getByRole('button', { name: 'Close the details' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
    // Back to French and English again: the chunk is fetched once.
    await page.getByRole('button', { name: 'Français' }).click();
    await page.locator('html[lang="fr"]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    assert.equal(page.requests.filter((u) => ENGLISH_CHUNK.test(u)).length, 1);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('a link with lang=en is English from its first render', async () => {
    const { page, context, problems } = await ready({
      path: '?lang=en&sel=coopaxis',
      beforeGoto: recordRenders,
    });
    await page.getByRole('button', { name: 'Close the details' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    const renders = await page.evaluate(() => window.__renders);
    assert.ok(renders.length > 0);
    assert.deepEqual(
      renders.filter((r) => r.title !== 'PTCE map' || r.button !== 'Français'),
      [],
      JSON.stringify(renders),
    );
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('Back to an entry in English loads the strings before switching', async () => {
    const { page, context, problems } = await ready({
      beforeGoto: async (p) => {
        p.requests = recordRequests(p);
      },
    });
    // Two entries made by hand, so that the English one is reached by Back with the strings
    // not loaded yet.
    await page.evaluate(() => {
      history.pushState(null, '', '?lang=en');
      history.pushState(null, '', '?');
    });
    await page.goBack();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('.app-header h1').innerText(), 'PTCE map');
    assert.equal(page.requests.filter((u) => ENGLISH_CHUNK.test(u)).length, 1);
    await page.goForward();
    await page.locator('html[lang="fr"]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('.app-header h1').innerText(), 'Carte des PTCE');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('strings that cannot load leave a working French page that says so', async () => {
    const { page, context, problems } = await ready({
      path: '?lang=en',
      allowFailures: [/messages-en-/, /status of 404/],
      beforeGoto: failEnglish,
    });
    const status = page.locator('.load-status__lang[role="status"]');
    await status
      .getByText('La version anglaise n’a pas pu être chargée : la carte reste en français.')
      .waitFor();
    assert.match(await status.innerText(), /The English version could not be loaded/);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await page.locator('.app-header h1').innerText(), 'Carte des PTCE');
    // The address says what is shown.
    assert.equal(new URL(page.url()).searchParams.get('lang'), null);
    // The French page works.
    await marker(page, 'Coopaxis').click();
    await page.getByRole('button', { name: 'Fermer les détails' }).click();
    await noAxeViolation(page, 'English failed');
    // The header button asks again and fails the same way, without breaking anything.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('[data-failed="english"]').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test('once the strings come back, the retry switches to English', async () => {
    const { page, context, problems } = await ready({
      allowFailures: [/messages-en-/, /status of 404/],
      beforeGoto: failEnglish,
    });
    await page.getByRole('button', { name: 'English' }).click();
    const status = page.locator('[data-failed="english"]');
    await status.waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    await page.unroute(ENGLISH_CHUNK);
    await status.getByRole('button', { name: 'Réessayer en anglais' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('.app-header h1').innerText(), 'PTCE map');
    await status.waitFor({ state: 'detached' });
    assert.deepEqual(await problems(), []);
    await context.close();
  });
});
