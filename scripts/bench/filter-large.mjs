// Filter toggle latency with 10,000 and 100,000 imported sites (generated), when the import
// feature is there: see imported-sites.mjs for what it needs.
import { timeClicks } from './page-timing.mjs';
import { importAbsence, importSites } from './imported-sites.mjs';

const TOGGLES = 6;
const SIZES = [
  [10000, 'filterToggle10k'],
  [100000, 'filterToggle100k'],
];

export default {
  id: 'filter-large',
  title: 'Filter toggle, imported sites',
  metrics: [
    { id: 'filterToggle10kMs', label: 'Filter toggle → next paint (10,000 sites)', unit: 'ms' },
    { id: 'filterToggle10kWorkMs', label: 'Filter toggle → work done (10,000 sites)', unit: 'ms' },
    { id: 'filterToggle100kMs', label: 'Filter toggle → next paint (100,000 sites)', unit: 'ms' },
  ],
  available: async (ctx) => (await ctx.withPage((page) => importAbsence(page))) ?? true,
  async measure(ctx) {
    // The quick run (CI) keeps 10,000 sites; importing 100,000 takes longer than the rest.
    const out = ctx.quick ? { filterToggle100kMs: { na: 'skipped (--quick)' } } : {};
    for (const [rows, id] of ctx.quick ? SIZES.slice(0, 1) : SIZES) {
      await ctx.withPage(async (page) => {
        await importSites(page, rows);
        const box = page.locator('input[data-sector="culture"]');
        const { paint, work } = await timeClicks(page, box, TOGGLES);
        out[`${id}Ms`] = paint;
        if (rows === 10000) out[`${id}WorkMs`] = work;
      });
    }
    return out;
  },
};
