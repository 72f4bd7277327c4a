import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataVersion } from './data-version';

const TODAY = new Date('2026-12-07T10:00:00Z');

describe('the date of the shipped data', () => {
  it('is the day of the last commit that touched the data folder', () => {
    const git = (args: string[]) => (args[0] === 'status' ? '' : '2026-11-30T11:23:16+01:00');
    expect(dataVersion('public/data', git, TODAY)).toEqual({ date: '2026-11-30', basis: 'commit' });
  });

  it('is the build day when the folder has uncommitted changes', () => {
    const git = (args: string[]) => (args[0] === 'status' ? ' M public/data/ptce.csv' : '');
    expect(dataVersion('public/data', git, TODAY)).toEqual({
      date: '2026-12-07',
      basis: 'uncommitted',
    });
  });

  it('is unknown without git or without a commit, never made up', () => {
    const noGit = () => {
      throw new Error('git: not found');
    };
    expect(dataVersion('public/data', noGit, TODAY)).toEqual({ date: null, basis: 'unknown' });
    expect(dataVersion('public/data', () => '', TODAY)).toEqual({ date: null, basis: 'unknown' });
  });

  it.runIf(existsSync('.git'))('reads this repository (a git checkout)', () => {
    expect(dataVersion().date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
