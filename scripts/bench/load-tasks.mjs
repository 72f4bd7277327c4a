// The longest main-thread task while the page loads (navigation until the markers and the
// basemap are there and the network is idle), at normal CPU speed and with Chromium's 4× CPU
// slowdown, on the app and on the reference page. 0 means no task over 50 ms.

function recordLongTasksFromStart() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

async function longestDuringLoad(ctx, cpuSlowdown) {
  return ctx.withPage(
    async (page) => {
      await page.waitForLoadState('networkidle');
      return page.evaluate(() => Math.max(0, ...window.__benchLongTasks));
    },
    { init: recordLongTasksFromStart, basemap: true, cpuSlowdown },
  );
}

export default {
  id: 'load-tasks',
  title: 'Main-thread tasks during load',
  reference: true,
  metrics: [
    { id: 'loadLongestTaskMs', label: 'Longest task during load', unit: 'ms' },
    { id: 'loadLongestTask4xMs', label: 'Longest task during load, 4× CPU slowdown', unit: 'ms' },
  ],
  async measure(ctx) {
    return {
      loadLongestTaskMs: await longestDuringLoad(ctx, undefined),
      loadLongestTask4xMs: await longestDuringLoad(ctx, 4),
    };
  },
};
