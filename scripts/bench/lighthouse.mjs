// Lighthouse 12.8.2 with its default (mobile) preset: simulated slow 4G and 4x CPU slowdown.
// It drives its own Debian Chromium through a remote-debugging port, with the same flags as the
// tests; the app is served locally, so nothing leaves the machine.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, chromePath } from '../../tests/e2e/harness.mjs';

const QUICK_LIMIT_MS = 60000;
const CATEGORIES = {
  performance: 'lighthousePerformance',
  accessibility: 'lighthouseAccessibility',
  'best-practices': 'lighthouseBestPractices',
};

/** Starts Chromium with a free debugging port and resolves once it says which. */
function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'ptce-lighthouse-'));
  const child = spawn(
    chromePath(),
    [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // SIGTERM lets Chromium stop its helper processes; the profile can only be removed once they
  // have stopped writing to it, and a leftover temporary directory must not fail the metric.
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        rmSync(profile, { recursive: true, force: true });
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 300));
      }
    }
    console.error(`[bench] could not remove ${profile}`);
  };
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Chromium gave no debugging port: ${err.slice(-500)}`));
    }, 20000);
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const m = err.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve({ port: Number(m[1]), stop });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}): ${err.slice(-500)}`));
    });
  });
}

async function runOnce(url) {
  const chrome = await startChromium();
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(CATEGORIES),
    });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) throw new Error(lhr?.runtimeError?.message ?? 'no report');
    const out = {};
    for (const [category, id] of Object.entries(CATEGORIES)) {
      out[id] = lhr.categories[category].score * 100;
    }
    const m = lhr.audits.metrics?.details?.items?.[0] ?? {};
    const failing = Object.values(lhr.categories).flatMap((c) =>
      c.auditRefs
        .filter((r) => r.weight > 0 && (lhr.audits[r.id].score ?? 1) < 1)
        .map(
          (r) => `${c.id}: ${r.id} (${lhr.audits[r.id].displayValue ?? lhr.audits[r.id].score})`,
        ),
    );
    out.details = {
      fcpMs: m.firstContentfulPaint,
      lcpMs: m.largestContentfulPaint,
      tbtMs: m.totalBlockingTime,
      cls: m.cumulativeLayoutShift,
      speedIndexMs: m.speedIndex,
      failing,
    };
    return out;
  } finally {
    await chrome.stop();
  }
}

export default {
  id: 'lighthouse',
  title: 'Lighthouse (mobile)',
  reference: true,
  metrics: [
    { id: 'lighthousePerformance', label: 'Lighthouse performance', unit: 'score' },
    { id: 'lighthouseAccessibility', label: 'Lighthouse accessibility', unit: 'score' },
    { id: 'lighthouseBestPractices', label: 'Lighthouse best practices', unit: 'score' },
  ],
  async measure(ctx) {
    if (!ctx.quick) return runOnce(ctx.url);
    let timer;
    const limit = new Promise((resolve) => {
      timer = setTimeout(() => resolve(null), QUICK_LIMIT_MS);
    });
    const result = await Promise.race([runOnce(ctx.url), limit]);
    clearTimeout(timer);
    if (result) return result;
    const na = { na: `skipped (--quick: took over ${QUICK_LIMIT_MS / 1000} s)` };
    return Object.fromEntries(Object.values(CATEGORIES).map((id) => [id, na]));
  },
};
