import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DataLoadError,
  STALL_MS,
  expectedLength,
  fetchDataJson,
  fetchDataText,
} from './fetch-data';

function respond(body: BodyInit | null, init: ResponseInit = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, init)),
  );
}

async function failure(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DataLoadError);
  return (e as DataLoadError).failure;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchDataText', () => {
  it('returns the body of a good response', async () => {
    respond('a,b\n1,2\n', { headers: { 'content-type': 'text/csv', 'content-length': '8' } });
    await expect(fetchDataText('x.csv')).resolves.toBe('a,b\n1,2\n');
  });

  it('names the HTTP status, a network failure and an HTML answer', async () => {
    respond('boom', { status: 500 });
    expect(await failure(fetchDataText('x.csv'))).toEqual({ kind: 'http', status: 500 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await failure(fetchDataText('x.csv'))).toEqual({ kind: 'network' });
    respond('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } });
    expect(await failure(fetchDataText('x.csv'))).toEqual({ kind: 'not-data' });
  });

  it('reports a body shorter than its Content-Length as an interrupted download', async () => {
    respond('a,b\n1,', { headers: { 'content-length': '200' } });
    expect(await failure(fetchDataText('x.csv'))).toEqual({
      kind: 'interrupted',
      received: 6,
      expected: 200,
    });
  });

  it('reports a body that fails mid-stream as an interrupted download', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('a,b\n'));
        controller.error(new TypeError('network error'));
      },
    });
    respond(stream, { headers: { 'content-length': '100' } });
    expect(await failure(fetchDataText('x.csv'))).toMatchObject({ kind: 'interrupted' });
  });
});

describe('expectedLength', () => {
  it('trusts Content-Length only for an uncompressed body', () => {
    expect(expectedLength(new Headers({ 'content-length': '42' }))).toBe(42);
    expect(
      expectedLength(new Headers({ 'content-length': '42', 'content-encoding': 'gzip' })),
    ).toBe(null);
    expect(expectedLength(new Headers())).toBe(null);
    expect(expectedLength(new Headers({ 'content-length': 'abc' }))).toBe(null);
  });
});

describe('fetchDataJson', () => {
  it('tells a cut-short file from a malformed one', async () => {
    const cut = '{"type":"FeatureCollection","features":[{"type":"Fea';
    respond(cut);
    expect(await failure(fetchDataJson('x.geojson'))).toEqual({
      kind: 'truncated',
      received: cut.length,
    });
    respond('{"type": FeatureCollection}');
    expect(await failure(fetchDataJson('x.geojson'))).toMatchObject({ kind: 'invalid' });
  });
});

describe('a download that stalls', () => {
  afterEach(() => vi.useRealTimers());

  /** A fetch that answers nothing until aborted, or sends a first chunk and then nothing. */
  function hang(firstChunk?: string) {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((resolve, reject) => {
            const abort = () => reject(new DOMException('aborted', 'AbortError'));
            init.signal?.addEventListener('abort', abort);
            if (firstChunk === undefined) return;
            const body = new ReadableStream<Uint8Array>({
              start(controller) {
                controller.enqueue(new TextEncoder().encode(firstChunk));
                init.signal?.addEventListener('abort', () =>
                  controller.error(new DOMException('aborted', 'AbortError')),
                );
              },
            });
            resolve(new Response(body));
          }),
      ),
    );
  }

  it('fails as stalled after STALL_MS of silence, before or after the headers', async () => {
    vi.useFakeTimers();
    for (const first of [undefined, 'a,b\n']) {
      hang(first);
      const result = fetchDataText('x.csv').catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(STALL_MS - 1);
      let settled = false;
      void result.then(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const e = await result;
      expect(e).toBeInstanceOf(DataLoadError);
      expect((e as DataLoadError).failure).toEqual({ kind: 'stalled', seconds: STALL_MS / 1000 });
    }
  });

  it('is not stalled while bytes keep arriving, however long it takes', async () => {
    vi.useFakeTimers();
    const encoder = new TextEncoder();
    let push!: (s: string | null) => void;
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            new ReadableStream<Uint8Array>({
              start(controller) {
                push = (s) =>
                  s === null ? controller.close() : controller.enqueue(encoder.encode(s));
              },
            }),
          ),
      ),
    );
    const result = fetchDataText('x.csv');
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(STALL_MS - 1000);
      push(`${i},`);
    }
    push(null);
    await expect(result).resolves.toBe('0,1,2,3,4,');
  });

  it('a caller abort stays an abort, not a stall', async () => {
    hang();
    const ctrl = new AbortController();
    const result = fetchDataText('x.csv', ctrl.signal).catch((e: unknown) => e);
    ctrl.abort();
    const e = await result;
    expect(e).not.toBeInstanceOf(DataLoadError);
    expect((e as Error).name).toBe('AbortError');
  });
});
