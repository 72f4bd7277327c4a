// From navigation start to the first pole marker in the DOM, and to the basemap drawn, on the
// app and on the reference page. A MutationObserver installed before any script of the page
// notes the time (performance.now() counts from navigation start) in the task of the insertion.

/** Runs in the page, before its scripts. */
function observeFirstRender() {
  const marks = (window.__benchMarks = {});
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1) continue;
        const isMarker = (el) =>
          el.matches('.leaflet-marker-icon.pole-marker') ||
          !!el.querySelector('.leaflet-marker-icon.pole-marker');
        if (marks.firstMarker === undefined && isMarker(n)) marks.firstMarker = performance.now();
        // The basemap canvas is drawn in the task that inserts it.
        if (marks.basemap === undefined && n.matches('.leaflet-ptce-basemap-pane > canvas'))
          marks.basemap = performance.now();
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

export default {
  id: 'first-render',
  title: 'First render',
  reference: true,
  metrics: [
    { id: 'firstContentfulPaintMs', label: 'First contentful paint', unit: 'ms' },
    { id: 'firstMarkerMs', label: 'Navigation → first pole marker', unit: 'ms' },
    { id: 'allMarkersPaintedMs', label: 'Navigation → all markers painted', unit: 'ms' },
    { id: 'basemapDrawnMs', label: 'Navigation → basemap drawn', unit: 'ms' },
  ],
  measure: (ctx) =>
    ctx.withPage(
      async (page) => {
        const painted = await page.evaluate(
          () =>
            new Promise((resolve) =>
              requestAnimationFrame(() => {
                const c = new MessageChannel();
                c.port1.onmessage = () => resolve(performance.now());
                c.port2.postMessage(null);
              }),
            ),
        );
        await page.waitForFunction(() => window.__benchMarks.basemap !== undefined, null, {
          timeout: 15000,
        });
        const marks = await page.evaluate(() => ({
          ...window.__benchMarks,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        }));
        return {
          firstContentfulPaintMs: marks.fcp,
          firstMarkerMs: marks.firstMarker,
          // An upper bound: polled from the test, so it may be a frame or two late.
          allMarkersPaintedMs: painted,
          basemapDrawnMs: marks.basemap,
        };
      },
      { init: observeFirstRender },
    ),
};
