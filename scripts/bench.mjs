// `npm run bench`: builds the app and the reference page (scripts/bench/floor/: the same stack,
// basemap file and located poles, nothing else), serves both as deploy/nginx.conf would
// (scripts/serve-dist.mjs), drives headless Chromium and prints one table (median, min and max
// over several runs, the reference's median and the ratio) of the metrics in
// scripts/bench/registry.mjs, flagging figures over the budgets of scripts/bench/budgets.json.
// Metrics with a reference are measured on the app and on the reference page in alternating
// order, in the same browser. Writes the same figures as JSON to bench-results/latest.json.
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
import { launch, waitForMarkers } from '../tests/e2e/harness.mjs';
import { locatedPoles } from '../tests/e2e/reference-data.mjs';
import { benchContext } from './bench/page-setup.mjs';
import { GROUPS } from './bench/registry.mjs';
import { judge, ratioOf, renderTable, rowFor, summarize } from './bench/stats.mjs';
import { startStaticServer } from './serve-dist.mjs';

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
const FLOOR_ROOT = 'dist-floor';

if (!args['no-build']) {
  log('building the app (vite build)…');
  await build({ logLevel: 'warn' });
  log('building the reference page…');
  await build({ configFile: 'scripts/bench/floor/vite.config.mjs', logLevel: 'warn' });
}

const servers = {
  app: await startStaticServer({ root: 'dist' }),
  floor: await startStaticServer({ root: FLOOR_ROOT }),
};
let browser = await launch();
let relaunches = 0;
/** The browser, relaunched once per failure if it crashed (a loaded machine, a renderer gone). */
async function currentBrowser() {
  if (!browser.isConnected()) {
    if (++relaunches > 3) throw new Error('Chromium keeps closing');
    log('Chromium went away: relaunching it');
    browser = await launch();
  }
  return browser;
}
const located = locatedPoles().length;
const contexts = {
  app: benchContext({
    browser: currentBrowser,
    target: 'app',
    url: servers.app.url,
    root: 'dist',
    quick,
    runs,
    located,
  }),
  floor: benchContext({
    browser: currentBrowser,
    target: 'floor',
    url: servers.floor.url,
    root: FLOOR_ROOT,
    quick,
    runs,
    located,
  }),
};

/** Runs one measurement and pools its figures into `into` (samples and notes per metric). */
async function measureInto(group, ctx, run, into) {
  try {
    const out = await group.measure(ctx, run);
    for (const m of group.metrics) {
      const v = out[m.id];
      if (typeof v === 'number' && Number.isFinite(v)) into.samples[m.id].push(v);
      else if (Array.isArray(v)) into.samples[m.id].push(...v);
      else if (v && typeof v === 'object' && 'na' in v) into.notes[m.id] = v.na;
      else into.notes[m.id] ??= 'error: no figure';
    }
    if (out.details) into.details.push(out.details);
  } catch (e) {
    log(`${group.id} (${ctx.target}): run ${run + 1} failed: ${e.stack ?? e}`);
    for (const m of group.metrics) into.notes[m.id] = `error: ${e.message.split('\n')[0]}`;
  }
}

const fresh = (group) => ({
  samples: Object.fromEntries(group.metrics.map((m) => [m.id, []])),
  notes: {},
  details: [],
});

let chromiumVersion = '?';
const results = [];
const details = {};
const timings = {};
try {
  // One untimed load of each page first, so that the first timed run does not pay for cold caches.
  for (const ctx of Object.values(contexts)) {
    await ctx.withPage((page) => waitForMarkers(page, located));
  }

  for (const group of GROUPS.filter((g) => !only || only.has(g.id))) {
    const t0 = Date.now();
    const app = fresh(group);
    const floor = group.reference ? fresh(group) : null;
    let absent = null;
    try {
      const available = group.available ? await group.available(contexts.app) : true;
      if (available !== true) absent = available;
    } catch (e) {
      absent = `error: ${e.message.split('\n')[0]}`;
    }
    const count = absent ? 0 : group.once ? 1 : runs;
    for (let r = 0; r < count; r++) {
      log(`${group.id}: run ${r + 1}/${count}`);
      // Alternating order, so that neither page always runs on a warmer or busier machine.
      const order = floor && r % 2 === 1 ? ['floor', 'app'] : ['app', 'floor'];
      for (const target of order) {
        if (target === 'floor' && !floor) continue;
        await measureInto(group, contexts[target], r, target === 'app' ? app : floor);
      }
    }
    timings[group.id] = Date.now() - t0;
    if (app.details.length) details[group.id] = app.details;
    if (floor?.details.length) details[`${group.id}:reference`] = floor.details;
    for (const m of group.metrics) {
      const summary = summarize(app.samples[m.id]);
      const reference = floor ? summarize(floor.samples[m.id]) : null;
      const note = absent ?? (summary ? null : (app.notes[m.id] ?? null));
      results.push({
        group: group.id,
        ...m,
        summary,
        samples: app.samples[m.id],
        reference,
        referenceSamples: floor?.samples[m.id],
        budget: budgets[m.id] ?? null,
        status: note ?? judge(summary, budgets[m.id], reference) ?? '',
        // An error in some runs only still leaves the others' figures, but says so.
        partialError: summary && app.notes[m.id]?.startsWith('error') ? app.notes[m.id] : undefined,
      });
    }
  }
} finally {
  chromiumVersion = browser.isConnected() ? browser.version() : '?';
  await browser.close().catch(() => undefined);
  await servers.app.close();
  await servers.floor.close();
}

const header = ['Metric', 'App', 'Min', 'Max', 'n', 'Reference', 'Ratio', 'Budget', 'Status'];
const rows = results.map((r) =>
  rowFor(r, r.summary, r.budget, r.summary ? r.partialError : r.status || null, r.reference),
);
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
  encoding: 'utf8',
}).stdout.trim();
const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB`;
const load = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
const chromium = chromiumVersion;
const seconds = ((Date.now() - started) / 1000).toFixed(0);

console.log(
  `\nCarte des PTCE — bench ${quick ? '(quick: 1 run)' : `(${runs} runs)`}, commit ${commit || '?'}`,
);
console.log(
  `${machine}; load average ${load}; Node ${process.versions.node}; Chromium ${chromium}`,
);
console.log(
  'Reference: scripts/bench/floor/ (React, react-leaflet, Leaflet, regions, inline poles)\n',
);
console.log(renderTable(header, rows));
const list = (files) => files.map((f) => `${f.file} ${f.gzipKB} KB`).join(', ') || 'none';
const bundle = details.bundle?.[0];
if (bundle) {
  console.log(`\nInitial files (gzip): ${list(bundle.initial)}`);
  console.log(`Lazy chunks (gzip): ${list(bundle.lazy)}`);
}
const floorBundle = details['bundle:reference']?.[0];
if (floorBundle) console.log(`Reference page's files (gzip): ${list(floorBundle.initial)}`);
for (const [key, name] of [
  ['lighthouse', 'Lighthouse'],
  ['lighthouse:reference', 'Lighthouse, reference'],
]) {
  const last = details[key]?.at(-1);
  if (!last) continue;
  console.log(
    `${name} (last run): FCP ${last.fcpMs} ms, LCP ${last.lcpMs} ms, TBT ${last.tbtMs} ms, CLS ${last.cls?.toFixed(3)}` +
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
      loadAverage: load,
      node: process.versions.node,
      chromium,
      durationMs: Date.now() - started,
      groupDurationMs: timings,
      metrics: results.map((r) => ({
        group: r.group,
        id: r.id,
        label: r.label,
        unit: r.unit,
        ...(r.summary ?? {}),
        samples: r.samples,
        reference: r.reference,
        referenceSamples: r.referenceSamples,
        ratio: ratioOf(r.summary, r.reference),
        budget: r.budget,
        status: r.status,
      })),
      details,
    },
    null,
    2,
  ) + '\n',
);
