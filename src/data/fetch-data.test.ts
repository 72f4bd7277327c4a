import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError, expectedLength, fetchDataJson, fetchDataText } from './fetch-data';

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
