// Takes the README screenshot from the production build: `npx vite build && node scripts/screenshot.mjs`.
import { launch, openPage, startServer, waitForMarkers } from '../tests/e2e/harness.mjs';

const out = process.argv[2] ?? 'docs/screenshot.png';
const pole = process.argv[3] ?? 'La Coursive Boutaric';
const server = await startServer();
const browser = await launch();
try {
  const { page } = await openPage(browser, server.url);
  await waitForMarkers(page, 23);
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
} finally {
  await browser.close();
  await server.close();
}
