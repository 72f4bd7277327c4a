// In-page timing helpers shared by the metrics. Functions passed to page.evaluate or
// addInitScript run in the browser, so they only use what they define themselves.

/**
 * Arms a measurement of the next click anywhere in the page, resolved in the page as
 * `window.__benchClick` = { paint, work }: `paint` from the event's timestamp to just after the
 * next frame is painted (a requestAnimationFrame callback runs before the paint; a message posted
 * from it is delivered once that frame is done); `work` to the end of the page's own handling of
 * the click (a microtask queued once the event has bubbled to the window runs after React's
 * synchronous update). A frame lasts 16.7 ms at 60 Hz, so `paint` cannot go under about one
 * frame however fast the page is; `work` can.
 */
export async function armClickToPaint(page) {
  await page.evaluate(() => {
    window.__benchClick = new Promise((resolve) => {
      let start = 0;
      let work = null;
      document.addEventListener('click', (e) => (start = e.timeStamp), {
        capture: true,
        once: true,
      });
      window.addEventListener(
        'click',
        () => {
          queueMicrotask(() => (work = performance.now() - start));
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const paint = performance.now() - start;
              resolve({ paint, work: work ?? paint });
            };
            channel.port2.postMessage(null);
          });
        },
        { once: true },
      );
    });
  });
}

export function clickToPaintResult(page) {
  return page.evaluate(() => window.__benchClick);
}

/**
 * Clicks `locator` `times` times, timing each click to the next paint and to the end of its
 * work; `afterEach(i)` may check what the click changed.
 */
export async function timeClicks(page, locator, times, afterEach = async () => {}) {
  const paint = [];
  const work = [];
  for (let i = 0; i < times; i++) {
    await armClickToPaint(page);
    await locator.click();
    const result = await clickToPaintResult(page);
    paint.push(result.paint);
    work.push(result.work);
    await afterEach(i);
  }
  return { paint, work };
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
