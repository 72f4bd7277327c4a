// Filter toggle latency with the reference poles: a real click on a sector checkbox, from the
// event's timestamp to the next painted frame, and to the end of the work the click started.
import { timeClicks } from './page-timing.mjs';

const TOGGLES = 10;

export default {
  id: 'filter-reference',
  title: 'Filter toggle, reference poles',
  metrics: [
    { id: 'filterToggleMs', label: 'Filter toggle → next paint (62 poles)', unit: 'ms' },
    { id: 'filterToggleWorkMs', label: 'Filter toggle → work done (62 poles)', unit: 'ms' },
  ],
  measure: (ctx) =>
    ctx.withPage(
      async (page) => {
        const box = page.locator('input[data-sector="culture"]');
        const { paint, work } = await timeClicks(page, box, TOGGLES, async (i) => {
          // The figure only counts if the map did change.
          const shown = await page.locator('.leaflet-marker-icon.pole-marker').count();
          const hidden = i % 2 === 0;
          if (hidden ? shown >= ctx.located : shown !== ctx.located) {
            throw new Error(`toggle ${i}: ${shown} markers shown`);
          }
        });
        return { filterToggleMs: paint, filterToggleWorkMs: work };
      },
      { basemap: true },
    ),
};
