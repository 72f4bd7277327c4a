// Initial JS and CSS actually transferred on first load (as seen by Chromium), gzipped the way
// a static host would serve them, and every other chunk of the build listed as lazy.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { waitForBasemap, waitForMarkers } from '../../tests/e2e/harness.mjs';

const gzipKB = (path) => gzipSync(readFileSync(path)).length / 1024;

export default {
  id: 'bundle',
  title: 'Bundle size',
  // The same build gives the same bytes: measured once.
  once: true,
  metrics: [
    { id: 'initialJsGzipKB', label: 'Initial JS transferred (gzip)', unit: 'KB' },
    { id: 'initialCssGzipKB', label: 'Initial CSS transferred (gzip)', unit: 'KB' },
    { id: 'lazyGzipKB', label: 'Lazy chunks, all together (gzip)', unit: 'KB' },
  ],
  async measure(ctx) {
    const { page, context } = await ctx.newPage();
    const requested = new Set();
    page.on('request', (req) => {
      const path = new URL(req.url()).pathname;
      if (/\/assets\/[^/]+\.(js|css)$/.test(path)) requested.add(path.replace(/^.*\/assets\//, ''));
    });
    await page.goto(ctx.url);
    await waitForMarkers(page, ctx.located);
    await waitForBasemap(page);
    await page.waitForLoadState('networkidle');
    await context.close();

    const assets = readdirSync('dist/assets').filter((f) => /\.(js|css)$/.test(f));
    const files = assets.map((f) => ({
      file: f,
      gzipKB: gzipKB(`dist/assets/${f}`),
      initial: requested.has(f),
    }));
    const sum = (list) => list.reduce((n, f) => n + f.gzipKB, 0);
    const initial = files.filter((f) => f.initial);
    const lazy = files.filter((f) => !f.initial);
    return {
      initialJsGzipKB: sum(initial.filter((f) => f.file.endsWith('.js'))),
      initialCssGzipKB: sum(initial.filter((f) => f.file.endsWith('.css'))),
      lazyGzipKB: sum(lazy),
      details: {
        initial: initial.map(({ file, gzipKB }) => ({ file, gzipKB: +gzipKB.toFixed(1) })),
        lazy: lazy.map(({ file, gzipKB }) => ({ file, gzipKB: +gzipKB.toFixed(1) })),
      },
    };
  },
};
