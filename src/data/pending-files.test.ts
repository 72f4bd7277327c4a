import { describe, expect, it } from 'vitest';
import {
  nextSlowAt,
  pendingFiles,
  slowFiles,
  subscribePending,
  trackPending,
} from './pending-files';

describe('pending files', () => {
  it('lists a file from the start of its request until it settles, and notifies', async () => {
    let changes = 0;
    const unsubscribe = subscribePending(() => changes++);
    let finish!: (v: string) => void;
    let fail!: (e: Error) => void;
    const a = trackPending('a.csv', new Promise<string>((r) => (finish = r)), 100);
    const b = trackPending('b.geojson', new Promise<string>((_, r) => (fail = r)), 200);
    expect(pendingFiles().map((p) => p.file)).toEqual(['a.csv', 'b.geojson']);
    finish('ok');
    await expect(a).resolves.toBe('ok');
    expect(pendingFiles().map((p) => p.file)).toEqual(['b.geojson']);
    fail(new Error('no'));
    await expect(b).rejects.toThrow('no');
    expect(pendingFiles()).toEqual([]);
    expect(changes).toBe(4);
    unsubscribe();
  });

  it('names each file slower than the threshold once, and says when the next one will be', () => {
    const list = [
      { file: 'a.csv', since: 0 },
      { file: 'a.csv', since: 500 },
      { file: 'b.geojson', since: 1500 },
    ];
    expect(slowFiles(list, 1999, 2000)).toEqual([]);
    expect(slowFiles(list, 2000, 2000)).toEqual(['a.csv']);
    expect(slowFiles(list, 4000, 2000)).toEqual(['a.csv', 'b.geojson']);
    expect(nextSlowAt(list, 0, 2000)).toBe(2000);
    expect(nextSlowAt(list, 2000, 2000)).toBe(2500);
    expect(nextSlowAt(list, 3500, 2000)).toBeNull();
  });
});
