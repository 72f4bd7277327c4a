import { isCutShortJson } from './json-truncation';
import { trackPending } from './pending-files';

/** Why a shipped data file could not be used; the UI turns the kind into a message. */
export type DataLoadFailure =
  | { kind: 'network' }
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

async function fetchBody(file: string, signal?: AbortSignal, base?: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(dataUrl(file, base), { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new DataLoadError(file, { kind: 'network' });
  }
  if (!res.ok) throw new DataLoadError(file, { kind: 'http', status: res.status });
  const type = res.headers.get('content-type') ?? '';
  const expected = expectedLength(res.headers);
  let bytes: ArrayBuffer;
  try {
    bytes = await res.arrayBuffer();
  } catch (e) {
    if (signal?.aborted) throw e;
    // Chromium rejects the body when the connection closes before Content-Length bytes.
    throw new DataLoadError(file, { kind: 'interrupted', received: 0, expected });
  }
  if (expected !== null && bytes.byteLength < expected) {
    throw new DataLoadError(file, { kind: 'interrupted', received: bytes.byteLength, expected });
  }
  const text = new TextDecoder().decode(bytes);
  if (type.includes('text/html') || /^\s*<(!doctype|html)/i.test(text)) {
    throw new DataLoadError(file, { kind: 'not-data' });
  }
  return text;
}

/**
 * Fetches a file of public/data. Static hosts answer a missing path with index.html and 200,
 * so an HTML body counts as a missing file. While the request runs the file is listed as
 * pending, so that a slow file can be named on screen.
 */
export function fetchDataText(file: string, signal?: AbortSignal, base?: string): Promise<string> {
  return trackPending(file, fetchBody(file, signal, base));
}

export async function fetchDataJson(
  file: string,
  signal?: AbortSignal,
  base?: string,
): Promise<unknown> {
  const text = await fetchDataText(file, signal, base);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    if (isCutShortJson(text)) {
      throw new DataLoadError(file, { kind: 'truncated', received: text.length });
    }
    throw new DataLoadError(file, { kind: 'invalid', detail: (e as Error).message });
  }
}
