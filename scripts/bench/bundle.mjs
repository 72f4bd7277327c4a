// Initial JS and CSS actually transferred on first load (as seen by Chromium), gzipped the way
// a static host would serve them, and every other chunk of the build listed as lazy. Measured on
// the app and on the reference page.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const gzipKB = (path) => gzipSync(readFileSync(path)).length / 1024;

export default {
  id: 'bundle',
  title: 'Bundle size',
  reference: true,
  // The same build gives the same bytes: measured once.
  once: true,
  metrics: [
    { id: 'initialJsGzipKB', label: 'Initial JS transferred (gzip)', unit: 'KB' },
    { id: 'initialCssGzipKB', label: 'Initial CSS transferred (gzip)', unit: 'KB' },
    { id: 'lazyGzipKB', label: 'Lazy chunks, all together (gzip)', unit: 'KB' },
  ],
  async measure(ctx) {
    const requested = new Set();
    await ctx.withPage(
      async (page) => {
        page.on('request', (req) => {
          const path = new URL(req.url()).pathname;
          if (/\/assets\/[^/]+\.(js|css)$/.test(path))
            requested.add(path.replace(/^.*\/assets\//, ''));
        });
        await page.goto(ctx.url);
        await page.waitForFunction(
          (n) => document.querySelectorAll('.leaflet-marker-icon.pole-marker').length === n,
          ctx.located,
        );
        await page.waitForLoadState('networkidle');
      },
      { goto: false },
    );
    const dir = `${ctx.root}/assets`;
    const files = readdirSync(dir)
      .filter((f) => /\.(js|css)$/.test(f))
      .map((f) => ({ file: f, gzipKB: gzipKB(`${dir}/${f}`), initial: requested.has(f) }));
    const sum = (list) => list.reduce((n, f) => n + f.gzipKB, 0);
    const initial = files.filter((f) => f.initial);
    const lazy = files.filter((f) => !f.initial);
    const brief = (list) => list.map(({ file, gzipKB }) => ({ file, gzipKB: +gzipKB.toFixed(1) }));
    return {
      initialJsGzipKB: sum(initial.filter((f) => f.file.endsWith('.js'))),
      initialCssGzipKB: sum(initial.filter((f) => f.file.endsWith('.css'))),
      lazyGzipKB: sum(lazy),
      details: { initial: brief(initial), lazy: brief(lazy) },
    };
  },
};
