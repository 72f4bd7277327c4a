// Shared set-up for the end-to-end tests: the production build served by `vite preview`,
// Debian's Chromium driven by playwright-core, and a page that records every console error,
// failed request and broken image so that tests can assert the page stayed clean.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { locatedPoles } from './reference-data.mjs';

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromePath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: set CHROME_PATH`);
  return path;
}

export async function startServer() {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build`');
  const server = await preview({
    preview: { port: 0, strictPort: false, open: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no URL');
  return { url, close: () => server.close() };
}

export async function launch() {
  return chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS, headless: true });
}

/** Opens a page that records problems; `problems()` lists them for a final assertion. */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    // The service worker stays out unless a test asks for it (`serviceWorkers: 'allow'`, as
    // tests/e2e/offline.test.mjs does): a request the worker answers bypasses `page.route()`,
    // and the worker, installing in the background of every fresh context, would take over a
    // routed page mid-test.
    serviceWorkers: options.serviceWorkers ?? 'block',
    ...options.context,
  });
  const page = await context.newPage();
  const problems = [];
  const allowed = options.allowFailures ?? [];
  const isAllowed = (text) => allowed.some((re) => re.test(text));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !isAllowed(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => {
    const text = `${req.url()} ${req.failure()?.errorText ?? ''}`;
    // ERR_ABORTED is a download the page itself gave up (a reload while the QPV file loads in
    // the background, an aborted fetch): nothing failed that a user would see.
    if (/net::ERR_ABORTED/.test(text)) return;
    if (!isAllowed(text)) problems.push(`requestfailed: ${text}`);
  });
  page.on('response', (res) => {
    const text = `${res.status()} ${res.url()}`;
    if (res.status() >= 400 && !isAllowed(text)) problems.push(`http: ${text}`);
  });
  if (options.beforeGoto) await options.beforeGoto(page);
  if (options.goto !== false) await page.goto(url + (options.path ?? ''));
  return {
    page,
    context,
    problems: async () => {
      const broken = await page.evaluate(() =>
        [...document.images].filter((i) => i.complete && i.naturalWidth === 0).map((i) => i.src),
      );
      return [...problems, ...broken.map((src) => `broken image: ${src}`)];
    },
  };
}

/**
 * Waits for the app's own `count` pole markers: the static page's (`data-early`, drawn before
 * the app has loaded, src/map/early-map.ts) do not count; nor does a side panel still busy
 * catching up with them (the lists follow the poles in a deferred render, src/app/App.tsx).
 */
export async function waitForMarkers(page, count) {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('.leaflet-marker-icon.pole-marker').length === n &&
      !document.querySelector('.pole-marker[data-early], #sidebar[aria-busy="true"]'),
    count,
    { timeout: 15000 },
  );
}

export async function markerNames(page) {
  return page.$$eval('.leaflet-marker-icon.pole-marker', (els) =>
    els.map((e) => e.getAttribute('aria-label')).sort(),
  );
}

/**
 * Waits until the embedded basemap is drawn (it loads after the first paint, in a worker) and
 * returns the share of its canvas that is painted.
 */
export async function waitForBasemap(page, minShare = 0.05) {
  const handle = await page.waitForFunction(
    (min) => {
      const c = document.querySelector('.leaflet-overlay-pane canvas');
      if (!c || c.width === 0) return false;
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      const share = n / (c.width * c.height);
      return share >= min && share;
    },
    minShare,
    { timeout: 15000 },
  );
  return handle.jsonValue();
}

/** The located poles of public/data/ptce.csv: the markers a plain visit shows. */
export const LOCATED = locatedPoles().length;

/**
 * The set-up every end-to-end file shares: one production server and one browser for the
 * file's tests. `open` gives a recording page; `ready` also waits for `markers` pole markers
 * (every located pole unless told).
 */
export function e2eSuite({ markers = LOCATED } = {}) {
  const env = { server: undefined, browser: undefined };
  before(async () => {
    env.server = await startServer();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  const open = (options = {}) => openPage(env.browser, env.server.url, options);
  return {
    open,
    async ready(options = {}) {
      const session = await open(options);
      await waitForMarkers(session.page, options.markers ?? markers);
      return session;
    },
    get url() {
      return env.server.url;
    },
    get browser() {
      return env.browser;
    },
  };
}

/** The marker of the pole or site named `name`. */
export const marker = (page, name) => page.locator(`.leaflet-marker-icon[aria-label="${name}"]`);

/**
 * Asserts that axe finds no violation. `targetSize` also runs WCAG 2.2's target-size rule,
 * which axe leaves off by default.
 */
export async function noAxeViolation(page, state = '', { targetSize = false } = {}) {
  let builder = new AxeBuilder({ page });
  if (targetSize) builder = builder.options({ rules: { 'target-size': { enabled: true } } });
  const result = await builder.analyze();
  if (targetSize) {
    const ran = [...result.passes, ...result.violations, ...result.incomplete].map((r) => r.id);
    assert.ok(ran.includes('target-size'), 'axe ran target-size');
  }
  assert.deepEqual(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    [],
    `axe${state ? `, ${state}` : ''}`,
  );
}

/** Share of the embedded basemap canvas with painted pixels (0 when it is not drawn). */
export async function basemapPainted(page) {
  return page.evaluate(() => {
    const c = document.querySelector('.leaflet-overlay-pane canvas');
    if (!c || c.width === 0) return 0;
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n / (c.width * c.height);
  });
}
