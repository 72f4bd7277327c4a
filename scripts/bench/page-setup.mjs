// The one page set-up of the bench: every metric gets its page from here, on the app or on the
// reference page, with an empty cache, and the page is closed whatever happens.
import { openPage, waitForBasemap, waitForMarkers } from '../../tests/e2e/harness.mjs';

/**
 * The context handed to a metric. `target` is 'app' or 'floor' (the reference page): `url` and
 * `root` (the folder served, for file sizes) follow it.
 */
export function benchContext({ browser, target, url, root, quick, runs, located }) {
  // `browser` is a function: the bench relaunches Chromium if it went away mid-run.
  return {
    target,
    url,
    root,
    quick,
    runs,
    located,
    /**
     * Runs `fn(page, context)` in a fresh browser context (empty cache), then closes it. Unless
     * told otherwise the page is opened and the pole markers waited for; `basemap` also waits
     * for the basemap, `init` runs before any script of the page, `cpuSlowdown` throttles the
     * CPU from the start, `path` is appended to the URL.
     */
    async withPage(fn, options = {}) {
      const {
        goto = true,
        markers = true,
        basemap = false,
        init,
        cpuSlowdown,
        path = '',
      } = options;
      // With its service worker, as a visitor gets it: registering it must not delay the poles.
      const { page, context } = await openPage(await browser(), url, {
        goto: false,
        serviceWorkers: 'allow',
      });
      try {
        if (init) await page.addInitScript(init);
        if (cpuSlowdown) {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
        }
        if (goto) {
          await page.goto(url + path);
          if (markers) await waitForMarkers(page, located);
          if (basemap) await waitForBasemap(page);
        }
        return await fn(page, context);
      } finally {
        await context.close().catch(() => undefined);
      }
    },
  };
}
