// In-page timing helpers shared by the metrics. Functions passed to page.evaluate or
// addInitScript run in the browser, so they only use what they define themselves.

/**
 * Arms a measurement of the next click anywhere in the page, resolved in the page as
 * `window.__benchClick` = { paint, work }: `paint` from the event's timestamp to just after the
 * next frame is painted (a requestAnimationFrame callback runs before the paint; a message posted
 * from it is delivered once that frame is done), `work` to the end of the task that handled the
 * click (a message posted from the capture listener is delivered after it). A frame lasts 16.7
 * ms at 60 Hz, so `paint` cannot go under one frame however fast the page; `work` can.
 */
export async function armClickToPaint(page) {
  await page.evaluate(() => {
    window.__benchClick = new Promise((resolve) => {
      document.addEventListener(
        'click',
        (e) => {
          const start = e.timeStamp;
          let work = null;
          const afterTask = new MessageChannel();
          afterTask.port1.onmessage = () => (work = performance.now() - start);
          afterTask.port2.postMessage(null);
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
              resolve({
                paint: performance.now() - start,
                work: work ?? performance.now() - start,
              });
            channel.port2.postMessage(null);
          });
        },
        { capture: true, once: true },
      );
    });
  });
}

export function clickToPaintResult(page) {
  return page.evaluate(() => window.__benchClick);
}

/** Records every long task (over 50 ms) from now on in `window.__benchLongTasks`. */
export async function recordLongTasks(page) {
  await page.evaluate(() => {
    window.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  });
}

/** The longest task recorded between two `performance.now()` times (0 when none over 50 ms). */
export function longestTask(page, from, to) {
  return page.evaluate(
    ([a, b]) =>
      Math.max(
        0,
        ...window.__benchLongTasks.filter(([s, d]) => s + d >= a && s <= b).map(([, d]) => d),
      ),
    [from, to],
  );
}
