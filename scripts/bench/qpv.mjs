// The QPV metrics come from the QPV feature's own script, scripts/bench-qpv.mjs, which exports
// measureQpvLayer({ page, url }) (a fresh page, not yet navigated, and the app's URL) and
// measureQpvAnalysis({ page }) (a fresh page already showing the app). Each returns a number
// of milliseconds, or an object with one (ms, value or median).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const SCRIPT = 'scripts/bench-qpv.mjs';

function milliseconds(result) {
  if (typeof result === 'number') return result;
  for (const key of ['ms', 'value', 'median', 'timeMs']) {
    if (typeof result?.[key] === 'number') return result[key];
  }
  if (Array.isArray(result) && result.every((v) => typeof v === 'number')) return result;
  throw new Error(`unexpected result from ${SCRIPT}: ${JSON.stringify(result)}`);
}

export default {
  id: 'qpv',
  title: 'QPV layer',
  metrics: [
    { id: 'qpvLayerMs', label: 'QPV layer: click → drawn (page loaded)', unit: 'ms' },
    { id: 'qpvLayerDuringLoadMs', label: 'QPV layer: click during the load → drawn', unit: 'ms' },
    { id: 'qpvAnalysis10kMs', label: 'QPV analysis of 10,000 points', unit: 'ms' },
  ],
  async available() {
    return existsSync(SCRIPT) ? true : `n/a (feature absent: no ${SCRIPT})`;
  },
  async measure(ctx) {
    const mod = await import(pathToFileURL(resolve(SCRIPT)).href);
    const out = {};
    // The budgeted figure is the interaction itself, once the page's load is over; the click
    // right after the first marker, while the basemap still arrives, is shown beside it.
    const layer = (settled) =>
      typeof mod.measureQpvLayer === 'function'
        ? ctx
            .withPage((page) => mod.measureQpvLayer({ page, url: ctx.url, settled }), {
              goto: false,
            })
            .then(milliseconds)
        : { na: 'n/a (no measureQpvLayer export)' };
    out.qpvLayerMs = await layer(true);
    out.qpvLayerDuringLoadMs = await layer(false);
    out.qpvAnalysis10kMs =
      typeof mod.measureQpvAnalysis === 'function'
        ? milliseconds(await ctx.withPage((page) => mod.measureQpvAnalysis({ page })))
        : { na: 'n/a (no measureQpvAnalysis export)' };
    return out;
  },
};
