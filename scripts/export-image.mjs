// Makes the README's exported image and measures the export: `npx vite build && node
// scripts/export-image.mjs [view] [runs]`. Exports the view at both sizes `runs` times (3 unless
// told) through the dialog, as a user does, writes the first A4 image to docs/export-a4.png and
// prints each size's PNG size and the median time from the click to the download.
import { copyFileSync, statSync } from 'node:fs';
import { launch, openPage, startServer, waitForBasemap } from '../tests/e2e/harness.mjs';

const view = process.argv[2] ?? '?qpv=1';
const runs = Number(process.argv[3] ?? 3);
const server = await startServer();
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const { page } = await openPage(browser, server.url, {
    path: view,
    viewport: { width: 1366, height: 800 },
  });
  await waitForBasemap(page);
  // The QPV layer is drawn, and the communes when the view is at their scale.
  await page.waitForFunction(
    () => {
      const el = document.querySelector('.leaflet-container');
      const communes =
        Number(el?.dataset.zoom ?? 0) < 8 || Number(el.dataset.communeLabels ?? 0) > 0;
      return ['points', 'shapes'].includes(el?.dataset.qpvLayer) && communes;
    },
    null,
    { timeout: 30000 },
  );
  await page.getByRole('button', { name: 'Exporter l’image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter la carte en image' });
  for (const size of ['a4', 'screen']) {
    const times = [];
    let bytes = 0;
    let dims = '';
    for (let i = 0; i < runs; i++) {
      await dialog.locator(`input[name="export-size"][value="${size}"]`).check();
      const started = Date.now();
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 60000 }),
        dialog.getByRole('button', { name: 'Exporter', exact: true }).click(),
      ]);
      const path = await file.path();
      times.push(Date.now() - started);
      bytes = statSync(path).size;
      dims = /(\d+ × \d+) px/.exec(await dialog.getByRole('status').innerText())?.[1] ?? '';
      if (size === 'a4' && i === 0) copyFileSync(path, 'docs/export-a4.png');
    }
    console.log(
      `${size}: ${dims} px, ${(bytes / 1024).toFixed(0)} KB, median ${median(times)} ms (${times.join(', ')} ms)`,
    );
  }
  console.log('wrote docs/export-a4.png');
} finally {
  await browser.close();
  await server.close();
}
