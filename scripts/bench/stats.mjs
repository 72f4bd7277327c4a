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

/**
 * Judges the median against a budget `{ max }` or `{ min }`: 'ok', 'over', or null when the
 * metric has no budget or no figure.
 */
export function judge(summary, budget) {
  if (!summary || !budget) return null;
  if (budget.max !== undefined && summary.median > budget.max) return 'over';
  if (budget.min !== undefined && summary.median < budget.min) return 'over';
  return 'ok';
}

export function budgetText(budget, unit) {
  if (!budget) return '';
  if (budget.max !== undefined) return `≤ ${formatValue(budget.max, unit)}`;
  if (budget.min !== undefined) return `≥ ${formatValue(budget.min, unit)}`;
  return '';
}

export function formatValue(value, unit) {
  if (value === null || value === undefined) return '';
  const digits = unit === 'KB' || unit === 'MB' ? 1 : Math.abs(value) < 10 && value % 1 ? 1 : 0;
  const text = value.toFixed(digits);
  return unit && unit !== 'score' ? `${text} ${unit}` : text;
}

/** One printable row per metric. */
export function rowFor(metric, summary, budget, note) {
  const status = note
    ? note
    : (() => {
        const verdict = judge(summary, budget);
        return verdict === 'over' ? 'OVER BUDGET' : verdict === 'ok' ? 'ok' : '';
      })();
  return [
    metric.label,
    summary ? formatValue(summary.median, metric.unit) : '—',
    summary && summary.n > 1 ? formatValue(summary.min, metric.unit) : '',
    summary && summary.n > 1 ? formatValue(summary.max, metric.unit) : '',
    summary ? String(summary.n) : '',
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
