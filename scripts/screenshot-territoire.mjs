// Takes the README screenshot of a territory profile from the production build:
// `npx vite build && node scripts/screenshot-territoire.mjs [code] [file]` (Dijon Métropole,
// docs/screenshot-territoire.png unless told): its outline drawn from its communes, framed
// beside the profile, with the QPV relation of its poles computed.
import { launch, openPage, startServer, waitForMarkers, LOCATED } from '../tests/e2e/harness.mjs';

const code = process.argv[2] ?? 'epci-242100410';
const out = process.argv[3] ?? 'docs/screenshot-territoire.png';
const server = await startServer();
const browser = await launch();
try {
  const { page } = await openPage(browser, server.url, { path: `?territoire=${code}` });
  await waitForMarkers(page, LOCATED);
  await page.waitForFunction(
    (c) => document.querySelector('.leaflet-container')?.dataset.territoryOutline === c,
    code,
    { timeout: 20000 },
  );
  await page.locator('[data-stats="territory-figures"]').waitFor();
  await page.locator('[data-testid="territory-qpv-near"]').getByText(/pôle/).waitFor();
  // Framed beside the panel once drawn (without animation: the harness asks reduced motion).
  await page.waitForFunction(
    () => document.querySelector('.leaflet-container')?.dataset.territoryFramed,
  );
  // The IGN plan offer shows from zoom 11: answered, so the outline is seen whole.
  const decline = page.getByRole('button', { name: 'Non merci' });
  if (await decline.count()) await decline.click();
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
