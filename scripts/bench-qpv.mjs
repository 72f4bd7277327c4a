// QPV figures for the bench, measured in headless Chromium on the production build:
//   measureQpvLayer({ page, url })  ms from a click on the layer switch to the QPV painted
//   measureQpvAnalysis({ page })    ms to relate 10,000 random points to every QPV, in the
//                                   app's own worker (through the `?bench=1` hook)
// Standalone: `npx vite build && node scripts/bench-qpv.mjs [runs]` prints medians.
import { pathToFileURL } from 'node:url';
import { launch, openPage, startServer, waitForMarkers, LOCATED } from '../tests/e2e/harness.mjs';

const TIMEOUT_MS = 30000;

/** The app's own markers: the static page's (data-early) come before the app and its switch. */
async function waitForPoles(page) {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.leaflet-marker-icon.pole-marker:not([data-early])').length > 0,
    null,
    { timeout: TIMEOUT_MS },
  );
}

/**
 * Clicks the switch and waits, inside the page, for the layer to report itself painted (the
 * map's `data-qpv-layer` turns to `points` two frames after the dots were added). The first
 * click of a page includes fetching and reading qpv-2024-points.geojson.
 */
export async function measureQpvLayer({ page, url, settled = false }) {
  if (url) await page.goto(url);
  await waitForPoles(page);
  // `settled`: the click comes once the page's own load is over (network idle), as a user's
  // would; otherwise right after the poles, while the basemap is still arriving.
  if (settled) await page.waitForLoadState('networkidle');
  return page.evaluate(
    (timeout) =>
      new Promise((resolve, reject) => {
        const map = document.querySelector('.map');
        const input = document.querySelector('.qpv-toolbar input[role="switch"]');
        if (!map || !input) return reject(new Error('QPV layer switch not found'));
        if (input.checked) return reject(new Error('the QPV layer is already on'));
        const t0 = performance.now();
        const timer = setTimeout(() => reject(new Error('QPV layer not painted')), timeout);
        const observer = new MutationObserver(() => {
          if (map.dataset.qpvLayer !== 'points') return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - t0);
        });
        observer.observe(map, { attributes: true, attributeFilter: ['data-qpv-layer'] });
        input.click();
      }),
    TIMEOUT_MS,
  );
}

/**
 * Relates 10,000 seeded random points of France (mainland and overseas) to all QPV in the app's
 * worker, and returns the time seen from the page (structured cloning both ways included). The
 * index is loaded first and not counted. Opens the page with `?bench=1` if the hook is missing.
 */
export async function measureQpvAnalysis({ page, count = 10_000, seed = 1 }) {
  if (!(await page.evaluate(() => Boolean(window.__ptceBench)))) {
    const url = new URL(page.url());
    url.searchParams.set('bench', '1');
    await page.goto(url.href);
    await page.waitForFunction(() => Boolean(window.__ptceBench), null, { timeout: TIMEOUT_MS });
  }
  const result = await page.evaluate(
    async ([n, s]) => {
      const index = await window.__ptceBench.qpvIndex();
      const run = await window.__ptceBench.analyseRandomPoints(n, s);
      return { index, run };
    },
    [count, seed],
  );
  return result.run.roundTripMs;
}

/** The details behind measureQpvAnalysis, for the standalone report. */
async function analysisDetails(page, count, seed) {
  return page.evaluate(
    async ([n, s]) => {
      const index = await window.__ptceBench.qpvIndex();
      const run = await window.__ptceBench.analyseRandomPoints(n, s);
      return { index, run };
    },
    [count, seed],
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(0)} ms`;

async function main() {
  const runs = Number(process.argv[2] ?? 5);
  const server = await startServer();
  const browser = await launch();
  try {
    const cold = [];
    const warm = [];
    const analysis = [];
    let details = null;
    for (let i = 0; i < runs; i++) {
      // A new context each time: empty HTTP cache, so the first click fetches the points file.
      const { page, context } = await openPage(browser, server.url, { goto: false });
      cold.push(await measureQpvLayer({ page, url: server.url }));
      // Off and on again: the dots are built already, this is the drawing alone.
      await page.locator('.qpv-toolbar input[role="switch"]').uncheck();
      await page.waitForFunction(() => document.querySelector('.map').dataset.qpvLayer === 'off');
      warm.push(await measureQpvLayer({ page }));
      await context.close();

      const session = await openPage(browser, server.url, { path: '?bench=1' });
      await waitForMarkers(session.page, LOCATED);
      analysis.push(await measureQpvAnalysis({ page: session.page, seed: i + 1 }));
      details = await analysisDetails(session.page, 10_000, i + 1);
      await session.context.close();
    }
    console.log(`QPV bench, ${runs} run(s), medians (headless Chromium, production build)`);
    console.log(`| measure | median | runs |`);
    console.log(`|---|---:|---|`);
    console.log(
      `| QPV layer on, first click (fetch + parse + draw 1,584 dots) | ${ms(median(cold))} | ${cold.map(ms).join(', ')} |`,
    );
    console.log(
      `| QPV layer on again (draw only) | ${ms(median(warm))} | ${warm.map(ms).join(', ')} |`,
    );
    console.log(
      `| 10,000 random points vs all QPV (worker, round trip) | ${ms(median(analysis))} | ${analysis.map(ms).join(', ')} |`,
    );
    if (details) {
      const { index, run } = details;
      console.log(
        `Index: ${index.count} QPV, parse ${ms(index.parseMs)}, index ${ms(index.indexMs)} (in the worker). ` +
          `Last run: ${ms(run.workerMs)} inside the worker, ${run.inside} points inside a QPV.`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}
