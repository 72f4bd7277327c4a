// "Is this place in a QPV?": Alt + click on the map, from the click to the answer shown. The
// first check of a page also loads the full QPV contours in the worker; the second one is the
// answer alone, the figure a user feels once the check is open.

/** Alt + click at a point of the map; resolves to ms from the click to a new verdict shown. */
async function timedCheck(page, x, y) {
  await page.evaluate(() => {
    const before = document.querySelector('.place-check__verdict')?.textContent ?? '';
    window.__benchCheck = new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error('no answer to the place check in 60 s')), 60000);
      let start = null;
      document.addEventListener('click', (e) => (start = e.timeStamp), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        const text = document.querySelector('.place-check__verdict')?.textContent ?? '';
        if (start === null || text === before || !/QPV|quartier prioritaire/.test(text)) return;
        observer.disconnect();
        resolve(performance.now() - start);
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  });
  await page.keyboard.down('Alt');
  await page.mouse.click(x, y);
  await page.keyboard.up('Alt');
  return page.evaluate(() => window.__benchCheck);
}

export default {
  id: 'place-check',
  title: 'Place check',
  metrics: [
    { id: 'placeCheckFirstMs', label: 'Place check, first (loads the QPV contours)', unit: 'ms' },
    { id: 'placeCheckMs', label: 'Place check: click → answer', unit: 'ms' },
  ],
  measure: (ctx) =>
    ctx.withPage(async (page) => {
      const box = await page.locator('.leaflet-container').boundingBox();
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      const first = await timedCheck(page, cx, cy);
      const second = await timedCheck(page, cx + 200, cy + 40);
      return { placeCheckFirstMs: first, placeCheckMs: second };
    }),
};
