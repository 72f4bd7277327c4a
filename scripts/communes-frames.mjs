// Frame times of panning and zooming with the Pas-de-Calais communes (890 outlines, their names)
// in view, against the same gestures with the communes files withheld, in alternating order.
// Frames are the time between two requestAnimationFrame callbacks (16.7 ms at 60 Hz); the
// app's own User Timing entries give the script time of drawing the outlines and placing the
// names after each move. Usage: npx vite build && node scripts/communes-frames.mjs [rounds]
import { launch, startServer } from '../tests/e2e/harness.mjs';

const ROUNDS = Number(process.argv[2] ?? 3);
const VIEWS = ['?map=9/50.5/2.35', '?map=10/50.45/2.5', '?map=12/50.43/2.83'];

/** Records the time between animation frames, and the app's User Timing entries. */
function startFrames() {
  window.__frames = [];
  let last = performance.now();
  window.__recording = true;
  const loop = (t) => {
    window.__frames.push(t - last);
    last = t;
    if (window.__recording) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  window.__work = window.__work ?? { 'communes-draw': [], 'communes-labels': [] };
  if (!window.__workObserved) {
    window.__workObserved = true;
    new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => window.__work[e.name]?.push(e.duration)),
    ).observe({ type: 'measure' });
  }
}

const nextFrame = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));

async function gestures(page) {
  const box = await page.locator('.leaflet-container').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const pan = async (dx, dy) => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) {
      await page.mouse.move(cx + (dx * i) / 20, cy + (dy * i) / 20);
      await nextFrame(page);
    }
    await page.mouse.up();
    for (let i = 0; i < 10; i++) await nextFrame(page);
  };
  const zoom = async (name) => {
    await page.getByRole('button', { name }).click();
    // Leaflet's zoom animation lasts 250 ms: leave it and the redraw after it time to finish.
    for (let i = 0; i < 30; i++) await nextFrame(page);
  };
  const panFrames = [];
  const zoomFrames = [];
  const take = async (into, work) => {
    await page.evaluate(startFrames);
    await work();
    into.push(
      ...(await page.evaluate(() => {
        window.__recording = false;
        return window.__frames.slice(1);
      })),
    );
  };
  await take(panFrames, () => pan(-300, -150));
  await take(panFrames, () => pan(300, 150));
  await take(zoomFrames, () => zoom('Zoom in'));
  await take(zoomFrames, () => zoom('Zoom out'));
  const work = await page.evaluate(() => window.__work);
  return { panFrames, zoomFrames, work };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const summary = (xs) => ({
  frames: xs.length,
  median: +pct(xs, 50).toFixed(1),
  p95: +pct(xs, 95).toFixed(1),
  max: +Math.max(...xs).toFixed(1),
  over20ms: xs.filter((x) => x > 20).length,
});

const server = await startServer();
const browser = await launch();
const results = { communes: {}, without: {} };
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of round % 2 ? ['without', 'communes'] : ['communes', 'without']) {
      for (const view of VIEWS) {
        const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
        const page = await context.newPage();
        const origin = new URL(server.url).origin;
        await page.route(
          (u) => u.origin !== origin,
          (r) => r.abort(),
        );
        if (mode === 'without') await page.route('**/data/communes/**', (r) => r.abort());
        await page.goto(server.url + view);
        await page.waitForFunction(() => document.querySelectorAll('.pole-marker').length > 0);
        if (mode === 'communes') {
          await page.waitForFunction(
            () =>
              (document.querySelector('.leaflet-container').dataset.communesDrawn ?? '')
                .split(' ')
                .includes('62') &&
              Number(document.querySelector('.leaflet-container').dataset.communeLabels) > 0,
            null,
            { timeout: 20000 },
          );
        }
        for (let i = 0; i < 10; i++) await nextFrame(page);
        const r = await gestures(page);
        const into = (results[mode][view] ??= {
          pan: [],
          zoom: [],
          labels: 0,
          draw: [],
          place: [],
        });
        into.draw.push(...(r.work?.['communes-draw'] ?? []));
        into.place.push(...(r.work?.['communes-labels'] ?? []));
        into.pan.push(...r.panFrames);
        into.zoom.push(...r.zoomFrames);
        into.labels = await page.$eval('.leaflet-container', (e) =>
          Number(e.dataset.communeLabels ?? 0),
        );
        await context.close();
      }
    }
  }
  for (const view of VIEWS) {
    for (const mode of ['communes', 'without']) {
      const r = results[mode][view];
      console.log(
        JSON.stringify({
          view,
          mode,
          labels: r.labels,
          pan: summary(r.pan),
          zoom: summary(r.zoom),
          ...(mode === 'communes'
            ? { outlinesJs: summary(r.draw), namesJs: summary(r.place) }
            : {}),
        }),
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
