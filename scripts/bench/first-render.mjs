// From navigation start to the first pole marker in the DOM (the static page's, drawn before the
// app has loaded), to the first the app draws itself, and to the basemap drawn, on the app and
// on the reference page. A MutationObserver installed before any script of the page
// notes the time (performance.now() counts from navigation start) in the task of the insertion.

/** Runs in the page, before its scripts. */
function observeFirstRender() {
  const marks = (window.__benchMarks = {});
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1) continue;
        const has = (el, selector) => el.matches(selector) || !!el.querySelector(selector);
        if (marks.firstMarker === undefined && has(n, '.leaflet-marker-icon.pole-marker'))
          marks.firstMarker = performance.now();
        // The static page's markers (src/map/early-map.ts) are marked data-early in the task
        // that inserts them, before this observer runs; the app's own come once it has loaded.
        if (
          marks.appMarker === undefined &&
          has(n, '.leaflet-marker-icon.pole-marker:not([data-early])')
        )
          marks.appMarker = performance.now();
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
    { id: 'appMarkerMs', label: 'Navigation → first marker drawn by the app', unit: 'ms' },
    { id: 'allMarkersPaintedMs', label: 'Navigation → all app markers painted', unit: 'ms' },
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
          appMarkerMs: marks.appMarker,
          // An upper bound: polled from the test, so it may be a frame or two late.
          allMarkersPaintedMs: painted,
          basemapDrawnMs: marks.basemap,
        };
      },
      { init: observeFirstRender },
    ),
};
