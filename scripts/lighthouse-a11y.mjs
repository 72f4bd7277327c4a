// Lighthouse accessibility audit of the production build, offline, with Debian's Chromium:
// `npx vite build && node scripts/lighthouse-a11y.mjs [--min 100] [path...]`.
// Audits the app as it opens, with a pole's details open, in English and embedded, and exits
// non-zero when a score is under --min (100 by default), listing the failed audits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, chromePath, startServer } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const minIndex = args.indexOf('--min');
const min = minIndex >= 0 ? Number(args.splice(minIndex, 2)[1]) : 100;
const paths = args.length > 0 ? args : ['', '?sel=coursive-boutaric', '?lang=en', '?embed=1'];

const server = await startServer();
const userDataDir = mkdtempSync(join(tmpdir(), 'lh-a11y-'));
const chrome = await chromeLauncher.launch({
  chromePath: chromePath(),
  chromeFlags: [...CHROME_FLAGS, `--user-data-dir=${userDataDir}`],
  userDataDir: false,
});
let failed = false;
try {
  for (const path of paths) {
    for (const formFactor of ['desktop', 'mobile']) {
      const url = server.url + path;
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility'] },
        {
          extends: 'lighthouse:default',
          settings: {
            formFactor,
            screenEmulation:
              formFactor === 'desktop'
                ? { mobile: false, width: 1280, height: 800, deviceScaleFactor: 1, disabled: false }
                : { mobile: true, width: 390, height: 844, deviceScaleFactor: 2, disabled: false },
            throttlingMethod: 'provided',
          },
        },
      );
      const { categories, audits } = result.lhr;
      const score = Math.round((categories.accessibility.score ?? 0) * 100);
      const bad = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => {
          const nodes = (a.details?.items ?? [])
            .map((i) => i.node?.selector ?? '')
            .filter(Boolean)
            .slice(0, 8);
          return `${a.id}: ${a.title}${nodes.length ? `\n      ${nodes.join('\n      ')}` : ''}`;
        });
      console.log(`accessibility ${score} ${formFactor} ${path || '/'}`);
      for (const line of bad) console.log(`  ✖ ${line}`);
      if (score < min) failed = true;
    }
  }
} finally {
  await chrome.kill();
  rmSync(userDataDir, { recursive: true, force: true });
  await server.close();
}
process.exit(failed ? 1 : 0);
