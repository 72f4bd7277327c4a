import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

/**
 * The date of the pole data, written into exported images, printed pages and data files: the
 * day of the last commit that changed `file` (a clone's file times are the clone's, not the
 * data's), else the file's own modification day (a copy outside git).
 */
export function dataDate(file = 'public/data/ptce.csv'): string {
  try {
    const day = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  } catch {
    // No git here: the file's own date below.
  }
  return statSync(file).mtime.toISOString().slice(0, 10);
}
