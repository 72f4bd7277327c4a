import { describe, expect, it } from 'vitest';
import { lazyModule } from './lazy-module';

describe('lazyModule', () => {
  it('loads once, whoever asks, and keeps the module', async () => {
    let calls = 0;
    const lazy = lazyModule(() => {
      calls++;
      return Promise.resolve({ answer: 42 });
    });
    expect(lazy.current()).toBeNull();
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).toBe(b);
    expect(lazy.current()).toBe(a);
    await lazy.load();
    expect(calls).toBe(1);
  });

  it('forgets a failure, so that the next use tries again', async () => {
    let calls = 0;
    const lazy = lazyModule(() =>
      ++calls === 1 ? Promise.reject(new Error('chunk lost')) : Promise.resolve({ ok: true }),
    );
    await expect(lazy.load()).rejects.toThrow('chunk lost');
    expect(lazy.current()).toBeNull();
    await expect(lazy.load()).resolves.toEqual({ ok: true });
    expect(calls).toBe(2);
  });
});
