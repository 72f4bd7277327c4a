// Filter toggle latency with 10,000 and 100,000 imported sites (generated), when the import
// feature is there: see imported-sites.mjs for what it needs.
import { waitForMarkers } from '../../tests/e2e/harness.mjs';
import { armClickToPaint, clickToPaintResult } from './page-timing.mjs';
import { importAbsence, importSites } from './imported-sites.mjs';

const TOGGLES = 6;
const SIZES = [
  [10000, 'filterToggle10kMs'],
  [100000, 'filterToggle100kMs'],
];

export default {
  id: 'filter-large',
  title: 'Filter toggle, imported sites',
  metrics: [
    { id: 'filterToggle10kMs', label: 'Filter toggle → next paint (10,000 sites)', unit: 'ms' },
    { id: 'filterToggle100kMs', label: 'Filter toggle → next paint (100,000 sites)', unit: 'ms' },
  ],
  async available(ctx) {
    const { page, context } = await ctx.newPage();
    await page.goto(ctx.url);
    await waitForMarkers(page, ctx.located);
    const absent = await importAbsence(page);
    await context.close();
    return absent ?? true;
  },
  async measure(ctx) {
    const out = {};
    for (const [rows, id] of SIZES) {
      const { page, context } = await ctx.newPage();
      await page.goto(ctx.url);
      await waitForMarkers(page, ctx.located);
      await importSites(page, rows);
      const box = page.locator('input[data-sector="culture"]');
      const samples = [];
      for (let i = 0; i < TOGGLES; i++) {
        await armClickToPaint(page);
        await box.click();
        samples.push(await clickToPaintResult(page));
      }
      out[id] = samples;
      await context.close();
    }
    return out;
  },
};
