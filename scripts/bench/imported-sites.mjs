// What the import metrics need from the (future) import feature, in one place:
// - src/import/generate-sites.ts exporting generateSitesCsv({ rows, seed }) → CSV text;
// - a file input labelled "Importer des données" in the page;
// - once an import is done, a role="status" element naming the number of imported sites
//   (French thousands separator allowed: "100 000", "100 000", "100000") and "importés" or
//   "imported" (the progress line names the row count too, while it runs).
// When any of them is missing the metrics say "n/a (feature absent)". Adjust IMPORT_DONE or
// waitForImport below if the import interface announces completion differently.
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const GENERATOR = 'src/import/generate-sites.ts';
export const IMPORT_LABEL = 'Importer des données';
const cache = new Map();

/** Why the import metrics cannot run yet, or null when they can. */
export async function importAbsence(page) {
  if (!existsSync(GENERATOR)) return `n/a (feature absent: no ${GENERATOR})`;
  if ((await page.getByLabel(IMPORT_LABEL).count()) === 0) {
    return `n/a (feature absent: no file input labelled "${IMPORT_LABEL}")`;
  }
  return null;
}

/** The generator, loaded with its imports through Vite's module runner. */
async function generator() {
  const { module: mod } = await runnerImport(GENERATOR, { configFile: false, logLevel: 'error' });
  if (typeof mod.generateSitesCsv !== 'function') {
    throw new Error(`${GENERATOR} does not export generateSitesCsv`);
  }
  return mod.generateSitesCsv;
}

/**
 * The generated CSV as a file on disk: handed to the input by path, Chromium reads it itself,
 * whereas a buffer would be copied into the page by a long task of its own.
 */
export async function sitesCsvFile(rows) {
  if (!cache.has(rows)) {
    const generate = await generator();
    const path = join(tmpdir(), `ptce-bench-sites-${rows}.csv`);
    writeFileSync(path, generate({ rows, seed: 42 }), 'utf8');
    cache.set(rows, path);
  }
  return cache.get(rows);
}

function countPattern(rows) {
  const digits = String(rows);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '[\\s\\u00a0\\u202f]?');
  return new RegExp(grouped);
}

/**
 * Chooses the generated file in the import input and waits until the page announces the
 * import; returns the page's performance.now() at the start and at the end.
 */
export async function importSites(page, rows, timeout = 180000) {
  const file = await sitesCsvFile(rows);
  const start = await page.evaluate(() => performance.now());
  await page.getByLabel(IMPORT_LABEL).setInputFiles(file);
  await waitForImport(page, rows, timeout);
  const end = await page.evaluate(() => performance.now());
  return { start, end };
}

export async function waitForImport(page, rows, timeout) {
  const pattern = countPattern(rows).source;
  await page.waitForFunction(
    (source) => {
      const re = new RegExp(source);
      // The summary, not the progress line, which names the row count while it runs.
      const done = /importés?|imported/;
      return [...document.querySelectorAll('[role="status"]')].some(
        (el) => re.test(el.textContent ?? '') && done.test(el.textContent ?? ''),
      );
    },
    pattern,
    { timeout },
  );
}
