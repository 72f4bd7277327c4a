import { execFileSync } from 'node:child_process';

/**
 * The date of the shipped data, written by the build into `data/version.json` and shown in
 * "Sources et licences". Taken from git, not from the files' modification times (a clone gives
 * every file the time of the checkout): the date of the last commit that touched the data
 * folder, or the build's own day when that folder has uncommitted changes (the data are then
 * newer than any commit). Without git (an exported archive) there is no date: the panel then
 * says nothing rather than something false.
 */
export interface DataVersion {
  /** YYYY-MM-DD, or null when it cannot be known. */
  date: string | null;
  basis: 'commit' | 'uncommitted' | 'unknown';
}

type Git = (args: string[]) => string;

const runGit: Git = (args) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

export function dataVersion(
  dir = 'public/data',
  git: Git = runGit,
  today = new Date(),
): DataVersion {
  try {
    if (git(['status', '--porcelain', '--', dir]) !== '') {
      return { date: today.toISOString().slice(0, 10), basis: 'uncommitted' };
    }
    const committed = git(['log', '-1', '--format=%cI', '--', dir]);
    const day = /^(\d{4}-\d{2}-\d{2})T/.exec(committed)?.[1];
    return day ? { date: day, basis: 'commit' } : { date: null, basis: 'unknown' };
  } catch {
    return { date: null, basis: 'unknown' };
  }
}
