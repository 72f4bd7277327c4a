// Pure helpers of the bench: summaries over runs, budget checks and the printed table.

export function median(values) {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median, min and max of a metric's samples (all runs pooled). */
export function summarize(samples) {
  if (samples.length === 0) return null;
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    n: samples.length,
  };
}

/** The app's median over the reference page's, or null when there is no usable reference. */
export function ratioOf(summary, reference) {
  if (!summary || !reference || !(reference.median > 0)) return null;
  return summary.median / reference.median;
}

/**
 * Judges the median against a budget: `max` and `min` are absolute; `maxRatio` bounds the ratio
 * to the reference page's median and `maxBehind` how far under the reference's median a score
 * may be (both only when the reference was measured). Returns 'ok', 'over', or null when the
 * metric has no budget or no figure.
 */
export function judge(summary, budget, reference = null) {
  if (!summary || !budget) return null;
  const m = summary.median;
  if (budget.max !== undefined && m > budget.max) return 'over';
  if (budget.min !== undefined && m < budget.min) return 'over';
  const ratio = ratioOf(summary, reference);
  if (budget.maxRatio !== undefined && ratio !== null && ratio > budget.maxRatio) return 'over';
  if (budget.maxBehind !== undefined && reference && m < reference.median - budget.maxBehind)
    return 'over';
  return 'ok';
}

export function budgetText(budget, unit) {
  if (!budget) return '';
  const parts = [];
  if (budget.maxRatio !== undefined) parts.push(`≤ ${budget.maxRatio}× ref.`);
  if (budget.maxBehind !== undefined) parts.push(`≥ ref. − ${budget.maxBehind}`);
  if (budget.max !== undefined) parts.push(`≤ ${formatValue(budget.max, unit)}`);
  if (budget.min !== undefined) parts.push(`≥ ${formatValue(budget.min, unit)}`);
  return parts.join(', ');
}

export function formatValue(value, unit) {
  if (value === null || value === undefined) return '';
  const digits = unit === 'KB' || unit === 'MB' ? 1 : Math.abs(value) < 10 && value % 1 ? 1 : 0;
  const text = value.toFixed(digits);
  return unit && unit !== 'score' ? `${text} ${unit}` : text;
}

export function formatRatio(ratio) {
  return ratio === null ? '' : `${ratio.toFixed(2)}×`;
}

/**
 * One printable row per metric: label, app median, min, max, n, reference median, ratio,
 * budget, status. `reference` is the reference page's summary, when it was measured.
 */
export function rowFor(metric, summary, budget, note, reference = null) {
  const status = note
    ? note
    : (() => {
        const verdict = judge(summary, budget, reference);
        return verdict === 'over' ? 'OVER BUDGET' : verdict === 'ok' ? 'ok' : '';
      })();
  return [
    metric.label,
    summary ? formatValue(summary.median, metric.unit) : '—',
    summary && summary.n > 1 ? formatValue(summary.min, metric.unit) : '',
    summary && summary.n > 1 ? formatValue(summary.max, metric.unit) : '',
    summary ? String(summary.n) : '',
    reference ? formatValue(reference.median, metric.unit) : '',
    formatRatio(ratioOf(summary, reference)),
    budgetText(budget, metric.unit),
    status,
  ];
}

/** A plain-text table with aligned columns; the first column left-aligned, numbers right. */
export function renderTable(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)));
  const line = (r) =>
    r
      .map((cell, i) =>
        i === 0 || i === r.length - 1
          ? String(cell ?? '').padEnd(widths[i])
          : String(cell ?? '').padStart(widths[i]),
      )
      .join(' │ ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
