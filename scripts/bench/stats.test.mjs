import { describe, expect, it } from 'vitest';
import {
  budgetText,
  formatValue,
  judge,
  median,
  ratioOf,
  renderTable,
  rowFor,
  summarize,
} from './stats.mjs';

describe('bench statistics', () => {
  it('summarizes samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(summarize([5, 1, 9])).toEqual({ median: 5, min: 1, max: 9, n: 3 });
    expect(summarize([])).toBeNull();
  });

  it('judges the median against a max or min budget', () => {
    expect(judge({ median: 151 }, { max: 150 })).toBe('over');
    expect(judge({ median: 150 }, { max: 150 })).toBe('ok');
    expect(judge({ median: 94 }, { min: 95 })).toBe('over');
    expect(judge({ median: 100 }, { min: 100 })).toBe('ok');
    expect(judge(null, { max: 1 })).toBeNull();
    expect(judge({ median: 1 }, undefined)).toBeNull();
  });

  it('judges a ratio to the reference page, and a score against the reference’s', () => {
    const ref = { median: 100 };
    expect(ratioOf({ median: 130 }, ref)).toBeCloseTo(1.3);
    expect(ratioOf({ median: 130 }, { median: 0 })).toBeNull();
    expect(judge({ median: 121 }, { maxRatio: 1.2 }, ref)).toBe('over');
    expect(judge({ median: 120 }, { maxRatio: 1.2 }, ref)).toBe('ok');
    // Without a reference figure, a ratio budget cannot be judged against it.
    expect(judge({ median: 500 }, { maxRatio: 1.2 }, null)).toBe('ok');
    expect(judge({ median: 90 }, { maxBehind: 2, min: 95 }, { median: 91 })).toBe('over');
    expect(judge({ median: 96 }, { maxBehind: 2, min: 95 }, { median: 99 })).toBe('over');
    expect(judge({ median: 97 }, { maxBehind: 2, min: 95 }, { median: 99 })).toBe('ok');
    expect(budgetText({ maxBehind: 2, min: 95 }, 'score')).toBe('≥ ref. − 2, ≥ 95');
    expect(budgetText({ maxRatio: 1.2 }, 'ms')).toBe('≤ 1.2× ref.');
  });

  it('flags a figure over budget in its row, and says n/a when there is none', () => {
    const metric = { label: 'Initial JS', unit: 'KB' };
    const over = rowFor(metric, summarize([160.25]), { max: 150 });
    expect(over).toEqual([
      'Initial JS',
      '160.3 KB',
      '',
      '',
      '1',
      '',
      '',
      '≤ 150.0 KB',
      'OVER BUDGET',
    ]);
    const withRef = rowFor(metric, summarize([138]), { maxRatio: 1.2 }, null, summarize([115]));
    expect(withRef.slice(5)).toEqual(['115.0 KB', '1.20×', '≤ 1.2× ref.', 'ok']);
    const absent = rowFor(metric, null, { max: 150 }, 'n/a (feature absent)');
    expect(absent.at(1)).toBe('—');
    expect(absent.at(-1)).toBe('n/a (feature absent)');
    expect(rowFor({ label: 'x', unit: 'ms' }, summarize([10, 30, 20]), undefined)).toEqual([
      'x',
      '20 ms',
      '10 ms',
      '30 ms',
      '3',
      '',
      '',
      '',
      '',
    ]);
    expect(formatValue(97, 'score')).toBe('97');
  });

  it('aligns the table', () => {
    const text = renderTable(
      ['Metric', 'Median', 'Status'],
      [
        ['a', '1 ms', 'ok'],
        ['longer name', '100 ms', 'OVER BUDGET'],
      ],
    );
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('a           │   1 ms │ ok');
    expect(lines[3]).toBe('longer name │ 100 ms │ OVER BUDGET');
  });
});
