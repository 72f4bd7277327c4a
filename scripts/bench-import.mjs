// Import benchmark: a generated 100,000-row CSV through the real file input of the production
// build, the longest main-thread task while it imports, and how the map responds afterwards.
//
//   npx vite build && node scripts/bench-import.mjs [--rows 100000] [--quick]
//
// Exports measureLargeImport, measureFilterLatency and measureMapInteraction for scripts/bench.mjs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

let generator = null;

/** src/import/generate-sites.ts, loaded with its imports through Vite's module runner. */
export async function loadGenerator() {
  if (generator) return generator;
  const url = new URL('../src/import/generate-sites.ts', import.meta.url);
  ({ module: generator } = await runnerImport(fileURLToPath(url), {
    configFile: false,
    logLevel: 'error',
  }));
  return generator;
}

export async function generatedCsv(rows, seed = 42) {
  const { generateSitesCsv } = await loadGenerator();
  return Buffer.from(generateSitesCsv({ rows, seed }), 'utf8');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

/** Records every long task (> 50 ms) of the page's main thread from now on. */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    window.__longTaskObserver?.disconnect();
    window.__longTaskObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    });
    window.__longTaskObserver.observe({ type: 'longtask' });
  });
}

/** Durations of the long tasks recorded, optionally only those that started at or after `from`. */
async function longTasks(page, from = -Infinity) {
  // Entries are delivered asynchronously: give the observer a frame to catch up.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const all = await page.evaluate(() => window.__longTasks.slice());
  return all.filter(([start]) => start >= from).map(([, duration]) => duration);
}

async function openApp(page, url) {
  if (url) await page.goto(url);
  await page.waitForFunction(
    // The app's own markers (the static page's, data-early, come before the import panel).
    () =>
      document.querySelectorAll('.leaflet-marker-icon.pole-marker:not([data-early])').length > 0,
    null,
    { timeout: 30000 },
  );
}

const sceneCount = (page) =>
  page.evaluate(() => Number(document.querySelector('.map')?.dataset.importedScene ?? 0));

async function nextScene(page, after, timeout = 60000) {
  await page.waitForFunction(
    (n) => Number(document.querySelector('.map')?.dataset.importedScene ?? 0) > n,
    after,
    { timeout, polling: 'raf' },
  );
}

/**
 * Imports a generated file of `rows` rows through the file input and reports the time from
 * setting the file to the summary shown (and to the first markers drawn), with the long tasks
 * of the main thread meanwhile.
 *
 * With `via: 'buffer'` (the default) playwright builds the File inside the page from base64, in
 * one task of the page's main thread that ends by dispatching "change": that task is the test
 * harness, not the app, so it is reported apart (`harnessTaskMs`) and `longestTaskMs` counts the
 * tasks that started with or after the change event. `via: 'path'` hands Chromium a file on disk,
 * as a user's pick does, and has no such task.
 */
export async function measureLargeImport({
  page,
  url,
  rows = 100000,
  fileName = 'sites-generes.csv',
  via = 'buffer',
}) {
  await openApp(page, url);
  const buffer = await generatedCsv(rows);
  await watchLongTasks(page);
  await page.evaluate(() => {
    window.__importT0 = null;
    window.__sawProgress = false;
    const input = document.querySelector('#import-file');
    input.addEventListener('change', () => (window.__importT0 = performance.now()), {
      capture: true,
      once: true,
    });
    const seen = new MutationObserver(() => {
      if (document.querySelector('.import-progress progress[max]')) {
        window.__sawProgress = true;
        seen.disconnect();
      }
    });
    seen.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const scenesBefore = await sceneCount(page);
  if (via === 'path') {
    const file = join(mkdtempSync(join(tmpdir(), 'bench-import-')), fileName);
    writeFileSync(file, buffer);
    await page.setInputFiles('#import-file', file);
  } else {
    await page.setInputFiles('#import-file', { name: fileName, mimeType: 'text/csv', buffer });
  }
  const status = page.locator('.import-panel__status');
  await status.filter({ hasText: /importés?|imported/ }).waitFor({ timeout: 180000 });
  const summaryAt = await page.evaluate(() => performance.now());
  await nextScene(page, scenesBefore);
  const drawnAt = await page.evaluate(() => performance.now());
  const t0 = await page.evaluate(() => window.__importT0);
  const all = await longTasks(page);
  // A task that was running when "change" fired started a little before it.
  const app = await longTasks(page, t0 - 1);
  const harness = all.filter((d) => !app.includes(d));
  const text = await status.innerText();
  return {
    rows,
    bytes: buffer.length,
    via,
    importMs: Math.round(summaryAt - t0),
    firstMarkersMs: Math.round(drawnAt - t0),
    longestTaskMs: Math.round(Math.max(0, ...app)),
    longTasks: app.length,
    harnessTaskMs: Math.round(Math.max(0, ...harness)),
    sawProgress: await page.evaluate(() => window.__sawProgress),
    summary: text,
  };
}

/** Time from a click on a sector checkbox to the next painted frame, and to the redrawn markers. */
export async function measureFilterLatency({ page, url, sites = 10000, repeats = 5 }) {
  const imported = await measureLargeImport({
    page,
    url,
    rows: sites,
    fileName: `sites-${sites}.csv`,
  });
  await watchLongTasks(page);
  const paint = [];
  const redraw = [];
  for (let i = 0; i < repeats * 2; i++) {
    const before = await sceneCount(page);
    const frame = await page.evaluate(async () => {
      const box = document.querySelector('input[data-sector="culture"]');
      const t0 = performance.now();
      box.click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      window.__filterT0 = t0;
      return performance.now() - t0;
    });
    paint.push(frame);
    await nextScene(page, before);
    redraw.push(
      await page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - window.__filterT0;
      }),
    );
  }
  const tasks = await longTasks(page);
  return {
    sites,
    imported: imported.summary,
    filterPaintMs: Math.round(median(paint)),
    filterRedrawMs: Math.round(median(redraw)),
    filterRedrawMaxMs: Math.round(Math.max(...redraw)),
    longestTaskMs: Math.round(Math.max(0, ...tasks)),
  };
}

/**
 * Zoom in and out with the map's buttons and pan with the keyboard, each until the imported
 * markers are redrawn. With `layers: false` (no imported layer, nothing to wait for) it gives the
 * long tasks of the same sequence on the reference map alone, for comparison.
 */
export async function measureMapInteraction({ page, repeats = 3, layers = true }) {
  await watchLongTasks(page);
  const timed = async (action) => {
    const before = await sceneCount(page);
    const t0 = await page.evaluate(() => performance.now());
    await action();
    if (layers) await nextScene(page, before);
    else await page.waitForTimeout(700);
    return page.evaluate(async (start) => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - start;
    }, t0);
  };
  const zoom = [];
  const pan = [];
  for (let i = 0; i < repeats; i++) {
    zoom.push(await timed(() => page.locator('.leaflet-control-zoom-in').click()));
    await page.locator('.map').focus();
    pan.push(await timed(() => page.keyboard.press('ArrowRight')));
    pan.push(await timed(() => page.keyboard.press('ArrowLeft')));
    zoom.push(await timed(() => page.locator('.leaflet-control-zoom-out').click()));
  }
  const tasks = await longTasks(page);
  return {
    zoomMs: layers ? Math.round(median(zoom)) : null,
    panMs: layers ? Math.round(median(pan)) : null,
    markersInView: await page
      .locator('.imported-marker, .leaflet-marker-icon.imported-cluster')
      .count(),
    longestTaskMs: Math.round(Math.max(0, ...tasks)),
  };
}

const OBSERVE_FROM_START = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * Reloads the page and reports when the imported layers are drawn again (ms since navigation)
 * and the long tasks of the whole start-up: the app's own start-up included, so compare with
 * `measureStartup` on a page without imported layers.
 */
export async function measureRestore({ page }) {
  await page.addInitScript(OBSERVE_FROM_START);
  await page.reload();
  await page.locator('.layer-item').first().waitFor({ timeout: 120000 });
  await nextScene(page, 0, 120000);
  const drawnAt = await page.evaluate(() => performance.now());
  const tasks = await longTasks(page);
  return {
    restoredMs: Math.round(drawnAt),
    longestTaskMs: Math.round(Math.max(0, ...tasks)),
    longTasks: tasks.length,
  };
}

/** The same figures for a start-up without imported layers. */
export async function measureStartup({ page, url }) {
  await page.addInitScript(OBSERVE_FROM_START);
  await page.goto(url);
  await openApp(page);
  await page.waitForTimeout(1000);
  const tasks = await longTasks(page);
  return { longestTaskMs: Math.round(Math.max(0, ...tasks)), longTasks: tasks.length };
}

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const rowsArg = args.indexOf('--rows');
  const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : quick ? 20000 : 100000;
  const { launch, openPage, startServer } = await import('../tests/e2e/harness.mjs');
  const server = await startServer();
  const browser = await launch();
  const results = {};
  try {
    {
      const { page, context } = await openPage(browser, server.url);
      results.largeImport = await measureLargeImport({ page, rows });
      results.largeImportMap = await measureMapInteraction({ page });
      // Saving 100,000 sites takes the worker a few seconds: wait until they are kept.
      await page.locator('.layer-item', { hasText: /conservée|kept/ }).waitFor({ timeout: 120000 });
      results.restore = await measureRestore({ page });
      await context.close();
    }
    {
      const { page, context } = await openPage(browser, server.url, { goto: false });
      results.startup = await measureStartup({ page, url: server.url });
      results.mapAlone = await measureMapInteraction({ page, layers: false });
      await context.close();
    }
    {
      const { page, context } = await openPage(browser, server.url);
      results.largeImportPath = await measureLargeImport({ page, rows, via: 'path' });
      await context.close();
    }
    for (const sites of quick ? [10000] : [10000, rows]) {
      const { page, context } = await openPage(browser, server.url);
      results[`filter${sites}`] = await measureFilterLatency({ page, sites });
      results[`map${sites}`] = await measureMapInteraction({ page });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const li of [results.largeImport, results.largeImportPath]) {
    console.log(
      `import of ${li.rows.toLocaleString('en')} rows (${(li.bytes / 1e6).toFixed(1)} MB, ${li.via}): ` +
        `summary after ${li.importMs} ms, first markers after ${li.firstMarkersMs} ms, ` +
        `longest main-thread task ${li.longestTaskMs} ms (${li.longTasks} long tasks` +
        `${li.harnessTaskMs ? `; playwright's own file injection: ${li.harnessTaskMs} ms` : ''}), ` +
        `progress bar shown: ${li.sawProgress}`,
    );
    console.log(`  ${li.summary}`);
  }
  for (const key of Object.keys(results).filter((k) => k.startsWith('filter'))) {
    const f = results[key];
    if (!f.sites) continue;
    const m = results[key.replace('filter', 'map')];
    console.log(
      `${f.sites.toLocaleString('en')} sites: filter toggle painted in ${f.filterPaintMs} ms, ` +
        `markers redrawn in ${f.filterRedrawMs} ms (max ${f.filterRedrawMaxMs}); ` +
        `zoom ${m.zoomMs} ms, pan ${m.panMs} ms until redrawn (${m.markersInView} markers in view); ` +
        `longest task ${Math.max(f.longestTaskMs, m.longestTaskMs)} ms`,
    );
  }
  const r = results.restore;
  console.log(
    `reload with the large layer: drawn again ${r.restoredMs} ms after navigation, longest task ` +
      `${r.longestTaskMs} ms (${r.longTasks} long tasks); start-up without imported layers: ` +
      `longest task ${results.startup.longestTaskMs} ms (${results.startup.longTasks} long tasks)`,
  );
  const m = results.largeImportMap;
  console.log(
    `after the large import: zoom ${m.zoomMs} ms, pan ${m.panMs} ms, longest task ${m.longestTaskMs} ms; ` +
      `the same zooms and pans without any imported layer: longest task ${results.mapAlone.longestTaskMs} ms`,
  );
  console.log(JSON.stringify(results));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
