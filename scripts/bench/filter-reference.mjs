// Filter toggle latency with the reference poles: a real click on a sector checkbox, from the
// event's timestamp to the next painted frame, measured in the page.
import { waitForBasemap, waitForMarkers } from '../../tests/e2e/harness.mjs';
import { armClickToPaint, clickToPaintResult } from './page-timing.mjs';

const TOGGLES = 10;

export default {
  id: 'filter-reference',
  title: 'Filter toggle, reference poles',
  metrics: [{ id: 'filterToggleMs', label: 'Filter toggle → next paint (25 poles)', unit: 'ms' }],
  async measure(ctx) {
    const { page, context } = await ctx.newPage();
    await page.goto(ctx.url);
    await waitForMarkers(page, ctx.located);
    await waitForBasemap(page);
    const box = page.locator('input[data-sector="culture"]');
    const samples = [];
    for (let i = 0; i < TOGGLES; i++) {
      await armClickToPaint(page);
      await box.click();
      samples.push(await clickToPaintResult(page));
      // The figure only counts if the map did change.
      const shown = await page.locator('.leaflet-marker-icon.pole-marker').count();
      const hidden = i % 2 === 0;
      if (hidden ? shown >= ctx.located : shown !== ctx.located) {
        throw new Error(`toggle ${i}: ${shown} markers shown`);
      }
    }
    await context.close();
    return { filterToggleMs: samples };
  },
};
