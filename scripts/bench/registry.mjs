// The bench's metrics, in the order of the table. Each entry is a group: an id, a title, its
// metrics ({ id, label, unit }), an optional `available(ctx)` returning true or an "n/a (…)"
// reason, an optional `once: true` when repeating would give the same figure, an optional
// `reference: true` when the metric is also taken on the reference page (scripts/bench/floor/),
// and `measure(ctx)` returning { [metricId]: number | number[] | { na: reason }, details? }.
// `ctx` (scripts/bench/page-setup.mjs) gives each metric its page: `ctx.withPage(fn, options)`.
// A feature that lands adds its file here; a metric whose feature is absent says n/a.
import bundle from './bundle.mjs';
import filterLarge from './filter-large.mjs';
import filterReference from './filter-reference.mjs';
import firstRender from './first-render.mjs';
import heap from './heap.mjs';
import importLarge from './import-large.mjs';
import lighthouse from './lighthouse.mjs';
import loadTasks from './load-tasks.mjs';
import placeCheck from './place-check.mjs';
import qpv from './qpv.mjs';

export const GROUPS = [
  bundle,
  firstRender,
  loadTasks,
  qpv,
  placeCheck,
  filterReference,
  filterLarge,
  importLarge,
  heap,
  lighthouse,
];
