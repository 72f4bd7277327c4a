// `npm run bench`: builds the app, serves the production build, drives headless Chromium and
// prints one table (median, min and max over several runs) of the metrics in
// scripts/bench/registry.mjs, flagging figures over the budgets of scripts/bench/budgets.json.
// Writes the same figures as JSON to bench-results/latest.json.
//
//   npm run bench                  5 runs per metric (bundle sizes once)
//   npm run bench -- --quick       1 run; Lighthouse skipped if it takes over 60 s (CI)
//   npm run bench -- --runs 3 --only first-render,filter-reference --no-build
//
// Budgets never fail the bench: it exits 0 and says which figure is over. It exits 1 only
// when it cannot run at all (build, server or browser).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { launch, openPage, startServer, waitForMarkers } from '../tests/e2e/harness.mjs';
import { locatedPoles } from '../tests/e2e/reference-data.mjs';
import { GROUPS } from './bench/registry.mjs';
import { judge, renderTable, rowFor, summarize } from './bench/stats.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results/latest.json' },
  },
});
const quick = args.quick;
const runs = quick ? 1 : Number(args.runs ?? 5);
const only = args.only ? new Set(args.only.split(',')) : null;
const budgets = JSON.parse(readFileSync('scripts/bench/budgets.json', 'utf8'));
const log = (...m) => console.error('[bench]', ...m);
const started = Date.now();

if (!args['no-build']) {
  log('building the app (vite build)…');
  await build({ logLevel: 'warn' });
}

const server = await startServer();
const browser = await launch();
const ctx = {
  url: server.url,
  quick,
  runs,
  located: locatedPoles().length,
  /** A fresh browser context (empty cache) and page, not yet navigated. */
  newPage: () => openPage(browser, server.url, { goto: false }),
};

const results = [];
const details = {};
const timings = {};
try {
  // One untimed load first, so that the first timed run does not pay for cold disk caches.
  const warm = await ctx.newPage();
  await warm.page.goto(ctx.url);
  await waitForMarkers(warm.page, ctx.located);
  await warm.context.close();

  for (const group of GROUPS.filter((g) => !only || only.has(g.id))) {
    const t0 = Date.now();
    const samples = Object.fromEntries(group.metrics.map((m) => [m.id, []]));
    const notes = {};
    let absent = null;
    try {
      const available = group.available ? await group.available(ctx) : true;
      if (available !== true) absent = available;
    } catch (e) {
      absent = `error: ${e.message.split('\n')[0]}`;
    }
    const count = absent ? 0 : group.once ? 1 : runs;
    for (let r = 0; r < count; r++) {
      log(`${group.id}: run ${r + 1}/${count}`);
      try {
        const out = await group.measure(ctx, r);
        for (const m of group.metrics) {
          const v = out[m.id];
          if (typeof v === 'number' && Number.isFinite(v)) samples[m.id].push(v);
          else if (Array.isArray(v)) samples[m.id].push(...v);
          else if (v && typeof v === 'object' && 'na' in v) notes[m.id] = v.na;
          else notes[m.id] ??= 'error: no figure';
        }
        if (out.details) (details[group.id] ??= []).push(out.details);
      } catch (e) {
        log(`${group.id}: run ${r + 1} failed: ${e.stack ?? e}`);
        for (const m of group.metrics) notes[m.id] = `error: ${e.message.split('\n')[0]}`;
      }
    }
    timings[group.id] = Date.now() - t0;
    for (const m of group.metrics) {
      const summary = summarize(samples[m.id]);
      const note = absent ?? (summary ? null : (notes[m.id] ?? null));
      results.push({
        group: group.id,
        ...m,
        summary,
        samples: samples[m.id],
        budget: budgets[m.id] ?? null,
        status: note ?? judge(summary, budgets[m.id]) ?? '',
        // An error in some runs only still leaves the others' figures, but says so.
        partialError: summary && notes[m.id]?.startsWith('error') ? notes[m.id] : undefined,
      });
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const header = ['Metric', 'Median', 'Min', 'Max', 'n', 'Budget', 'Status'];
const rows = results.map((r) =>
  rowFor(r, r.summary, r.budget, r.summary ? r.partialError : r.status || null),
);
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
  encoding: 'utf8',
}).stdout.trim();
const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB`;
const chromium = browser.version();
const seconds = ((Date.now() - started) / 1000).toFixed(0);

console.log(
  `\nCarte des PTCE — bench ${quick ? '(quick: 1 run)' : `(${runs} runs)`}, commit ${commit || '?'}`,
);
console.log(`${machine}; Node ${process.versions.node}; Chromium ${chromium}\n`);
console.log(renderTable(header, rows));
const bundle = details.bundle?.[0];
if (bundle) {
  const list = (files) => files.map((f) => `${f.file} ${f.gzipKB} KB`).join(', ') || 'none';
  console.log(`\nInitial files (gzip): ${list(bundle.initial)}`);
  console.log(`Lazy chunks (gzip): ${list(bundle.lazy)}`);
}
const lighthouseRuns = details.lighthouse ?? [];
if (lighthouseRuns.length > 0) {
  const last = lighthouseRuns.at(-1);
  console.log(
    `Lighthouse (last run): FCP ${last.fcpMs} ms, LCP ${last.lcpMs} ms, TBT ${last.tbtMs} ms, CLS ${last.cls?.toFixed(3)}` +
      (last.failing.length ? `; not at 100%: ${last.failing.join(', ')}` : ''),
  );
}
const over = results.filter((r) => r.status === 'over');
console.log(
  over.length
    ? `\nOVER BUDGET: ${over.map((r) => r.label).join('; ')} (see the README's Performance section)`
    : '\nEvery measured figure is within its budget.',
);
console.log(`Bench took ${seconds} s. JSON: ${args.out}`);

mkdirSync(args.out.replace(/\/[^/]+$/, ''), { recursive: true });
writeFileSync(
  args.out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      commit,
      mode: quick ? 'quick' : 'full',
      runs,
      machine,
      node: process.versions.node,
      chromium,
      durationMs: Date.now() - started,
      groupDurationMs: timings,
      metrics: results.map(({ group, id, label, unit, summary, samples, budget, status }) => ({
        group,
        id,
        label,
        unit,
        ...(summary ?? {}),
        samples,
        budget,
        status,
      })),
      details,
    },
    null,
    2,
  ) + '\n',
);
