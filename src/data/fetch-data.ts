import { isCutShortJson } from './json-truncation';
import { trackPending } from './pending-files';

/** Why a shipped data file could not be used; the UI turns the kind into a message. */
export type DataLoadFailure =
  | { kind: 'network' }
  /** Nothing arrived for STALL_MS: the server or the line stopped answering. */
  | { kind: 'stalled'; seconds: number }
  | { kind: 'http'; status: number }
  | { kind: 'not-data' }
  /** The connection dropped after the headers: fewer bytes than announced arrived. */
  | { kind: 'interrupted'; received: number; expected: number | null }
  /** The file arrived whole but its content stops mid-way (cut when it was written). */
  | { kind: 'truncated'; received: number }
  | { kind: 'invalid'; detail: string };

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly failure: DataLoadFailure,
  ) {
    super(`${file}: ${failure.kind}`);
  }
}

/**
 * Where the data files are. A worker passes the page's base explicitly: relative URLs there
 * resolve against the worker script, which sits in assets/.
 */
export function dataUrl(file: string, base?: string): string {
  return base ? new URL(`data/${file}`, base).href : `${import.meta.env.BASE_URL}data/${file}`;
}

/**
 * The announced body length, when it can be compared with what arrived: a compressed response
 * announces its compressed length, which the decoded body cannot be checked against.
 */
export function expectedLength(headers: Headers): number | null {
  const encoding = headers.get('content-encoding');
  if (encoding && encoding !== 'identity') return null;
  const raw = headers.get('content-length');
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  return Number(raw);
}

/**
 * How long a download may go without receiving a single byte before it counts as stalled.
 * Only silence counts: a large file on a slow but steady line is never cut short.
 */
export const STALL_MS = 20000;

/** Reads the body chunk by chunk, so that silence can be timed and bytes counted. */
async function readBody(res: Response, onProgress: () => void): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    onProgress();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return bytes;
}

async function fetchBody(file: string, signal: AbortSignal | undefined, url: string) {
  const stall = new AbortController();
  const onAbort = () => stall.abort();
  signal?.addEventListener('abort', onAbort);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const armStallTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(), STALL_MS);
  };
  const failure = (e: unknown, otherwise: DataLoadFailure) => {
    if (signal?.aborted) return e;
    if (stall.signal.aborted)
      return new DataLoadError(file, { kind: 'stalled', seconds: STALL_MS / 1000 });
    return new DataLoadError(file, otherwise);
  };
  armStallTimer();
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: stall.signal });
    } catch (e) {
      throw failure(e, { kind: 'network' });
    }
    if (!res.ok) throw new DataLoadError(file, { kind: 'http', status: res.status });
    const type = res.headers.get('content-type') ?? '';
    const expected = expectedLength(res.headers);
    let bytes: Uint8Array;
    try {
      armStallTimer();
      bytes = await readBody(res, armStallTimer);
    } catch (e) {
      // Chromium rejects the body when the connection closes before Content-Length bytes.
      throw failure(e, { kind: 'interrupted', received: 0, expected });
    }
    if (expected !== null && bytes.byteLength < expected) {
      throw new DataLoadError(file, { kind: 'interrupted', received: bytes.byteLength, expected });
    }
    const text = new TextDecoder().decode(bytes);
    if (type.includes('text/html') || /^\s*<(!doctype|html)/i.test(text)) {
      throw new DataLoadError(file, { kind: 'not-data' });
    }
    return text;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Fetches a file of public/data. Static hosts answer a missing path with index.html and 200,
 * so an HTML body counts as a missing file. A Web Worker passes `url`, since a relative data
 * path would resolve against the worker's script rather than the page. While the request runs
 * the file is listed as pending (in the page's context), so that a slow file can be named.
 */
export function fetchDataText(
  file: string,
  signal?: AbortSignal,
  url: string = dataUrl(file),
): Promise<string> {
  return trackPending(file, fetchBody(file, signal, url));
}

export async function fetchDataJson(
  file: string,
  signal?: AbortSignal,
  url?: string,
): Promise<unknown> {
  const text = await fetchDataText(file, signal, url);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    if (isCutShortJson(text)) {
      throw new DataLoadError(file, { kind: 'truncated', received: text.length });
    }
    throw new DataLoadError(file, { kind: 'invalid', detail: (e as Error).message });
  }
}
