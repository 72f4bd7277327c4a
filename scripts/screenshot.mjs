// Takes the README screenshots from the production build: `npx vite build && node scripts/screenshot.mjs`.
// The third one (docs/screenshot-vagues.png) shows every wave: the whole map, the year control and
// the wave filter in view.
// The second one (docs/screenshot-quartier.png) shows the Grésilles at zoom 14 with the communes,
// the QPV outline and La Coursive Boutaric with its details, the pole left of the panel.
import { launch, openPage, startServer, waitForMarkers, LOCATED } from '../tests/e2e/harness.mjs';
import { referencePoles } from '../tests/e2e/reference-data.mjs';

const out = process.argv[2] ?? 'docs/screenshot.png';
const pole = process.argv[3] ?? 'La Coursive Boutaric';
const server = await startServer();
const browser = await launch();
try {
  const { page } = await openPage(browser, server.url);
  await waitForMarkers(page, LOCATED);
  if (pole) {
    await page.locator(`.leaflet-marker-icon[aria-label="${pole}"]`).click();
    const details = page.getByRole('region', { name: pole });
    await details.waitFor();
    // The QPV analysis runs once the page is idle: show its answer, not its progress.
    await details
      .getByText(/Dans le quartier prioritaire|QPV le plus proche/)
      .first()
      .waitFor();
  }
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
  if (process.argv[4] !== 'first-only') {
    await neighbourhoodShot(browser, server.url);
    await wavesShot(browser, server.url);
  }
} finally {
  await browser.close();
  await server.close();
}

async function neighbourhoodShot(browser, url, file = 'docs/screenshot-quartier.png') {
  const id = 'coursive-boutaric';
  const pole = referencePoles().find((p) => p.id === id);
  const zoom = 14;
  const { page, context } = await openPage(browser, url, { path: `?sel=${id}` });
  const details = page.locator('.details');
  await details.waitFor();
  const map = await page.locator('.leaflet-container').boundingBox();
  const panel = await details.boundingBox();
  // Centre the pole in the part of the map the panel leaves free: shift the view east by half
  // the panel's width (degrees of longitude per pixel at this zoom).
  const degPerPx = 360 / (256 * 2 ** zoom);
  const covered = Math.max(0, map.x + map.width - panel.x);
  const lon = Number(pole.longitude) + (covered / 2) * degPerPx;
  await page.goto(`${url}?sel=${id}&qpv=1&map=${zoom}/${pole.latitude}/${lon.toFixed(5)}`);
  await waitForMarkers(page, LOCATED);
  await page.waitForFunction(
    () => {
      const el = document.querySelector('.leaflet-container');
      return (
        el?.dataset.qpvLayer === 'shapes' &&
        (el.dataset.communesDrawn ?? '').split(' ').includes('21') &&
        Number(el.dataset.communeLabels ?? 0) > 0
      );
    },
    null,
    { timeout: 20000 },
  );
  await page
    .getByRole('region', { name: pole.nom })
    .getByText(/Dans le quartier prioritaire|QPV le plus proche/)
    .first()
    .waitFor();
  // The IGN plan offer shows from zoom 11: answered, so the map is seen whole.
  await page.getByRole('button', { name: 'Non merci' }).click();
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
  await context.close();
}

async function wavesShot(browser, url, file = 'docs/screenshot-vagues.png') {
  const { page, context } = await openPage(browser, url, {
    viewport: { width: 1280, height: 900 },
  });
  await waitForMarkers(page, LOCATED);
  // The filters start with the year control; the wave boxes follow the sectors.
  await page.locator('#sidebar').evaluate((el) => {
    const year = el.querySelector('.year-control');
    if (year) el.scrollTop = year.getBoundingClientRect().top - el.getBoundingClientRect().top;
  });
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
  await context.close();
}
