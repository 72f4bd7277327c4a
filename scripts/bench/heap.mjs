// JS heap of the page with everything on that exists: reference poles, embedded basemap, named
// neighbourhoods, details open, and when present the QPV layer and 10,000 imported sites.
// Measured after a forced garbage collection, from Chromium's own counters.
import { importAbsence, importSites } from './imported-sites.mjs';

const QPV_SWITCH = /Quartiers prioritaires \(QPV\)/;

export default {
  id: 'heap',
  title: 'Memory',
  metrics: [{ id: 'jsHeapMB', label: 'JS heap, everything on (after GC)', unit: 'MB' }],
  measure: (ctx) =>
    ctx.withPage(
      async (page, context) => {
        await page.locator('.quartier-label').first().waitFor();
        const on = ['reference poles', 'embedded basemap', 'named neighbourhoods', 'details'];
        const qpv = page
          .getByRole('switch', { name: QPV_SWITCH })
          .or(page.getByRole('checkbox', { name: QPV_SWITCH }));
        if ((await qpv.count()) > 0) {
          await qpv.first().click();
          // The QPV feature marks the map once its layer is painted; otherwise wait for the network.
          await page
            .waitForFunction(
              () => document.querySelector('.map')?.dataset.qpvLayer === 'points',
              null,
              { timeout: 15000 },
            )
            .catch(() => page.waitForLoadState('networkidle'));
          on.push('QPV layer');
        }
        if ((await importAbsence(page)) === null) {
          await importSites(page, 10000);
          on.push('10,000 imported sites');
        }
        await page.locator('.leaflet-marker-icon.pole-marker').first().click();
        await page.locator('.details').waitFor();
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
        return { jsHeapMB: used / 1024 / 1024, details: { on } };
      },
      { basemap: true },
    ),
};
