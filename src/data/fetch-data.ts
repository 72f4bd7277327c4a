/** Why a shipped data file could not be used; the UI turns the kind into a message. */
export type DataLoadFailure =
  | { kind: 'network' }
  | { kind: 'http'; status: number }
  | { kind: 'not-data' }
  | { kind: 'invalid'; detail: string };

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly failure: DataLoadFailure,
  ) {
    super(`${file}: ${failure.kind}`);
  }
}

export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

/**
 * Fetches a file of public/data. Static hosts answer a missing path with index.html and 200,
 * so an HTML body counts as a missing file. A Web Worker passes `url`, since a relative data
 * path would resolve against the worker's script rather than the page.
 */
export async function fetchDataText(
  file: string,
  signal?: AbortSignal,
  url: string = dataUrl(file),
): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new DataLoadError(file, { kind: 'network' });
  }
  if (!res.ok) throw new DataLoadError(file, { kind: 'http', status: res.status });
  const type = res.headers.get('content-type') ?? '';
  let text: string;
  try {
    text = await res.text();
  } catch {
    throw new DataLoadError(file, { kind: 'network' });
  }
  if (type.includes('text/html') || /^\s*<(!doctype|html)/i.test(text)) {
    throw new DataLoadError(file, { kind: 'not-data' });
  }
  return text;
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
    // A truncated download ends here: JSON.parse names the position where it stopped.
    throw new DataLoadError(file, { kind: 'invalid', detail: (e as Error).message });
  }
}
