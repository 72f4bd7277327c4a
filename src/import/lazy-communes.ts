import { buildCommuneIndex, type CommuneIndex } from '../data/communes';
import type { CommuneSources } from './worker-protocol';

/** Thrown when the commune files cannot be read; its message starts with this. */
export const COMMUNES_UNAVAILABLE = 'communes:';

/**
 * A commune index that loads the two commune files (1.9 MB) the first time a
 * row needs them, and never for a file whose rows all have coordinates. The
 * loader is synchronous: in the worker it is a synchronous request, which
 * blocks only the worker, in the middle of the row that needs it.
 */
export function lazyCommuneIndex(load: () => CommuneSources): CommuneIndex {
  let index: CommuneIndex | null = null;
  const get = (): CommuneIndex => {
    if (!index) {
      let sources: CommuneSources;
      try {
        sources = load();
      } catch (e) {
        throw new Error(`${COMMUNES_UNAVAILABLE} ${e instanceof Error ? e.message : String(e)}`);
      }
      index = buildCommuneIndex(sources.centresCsv, sources.postcodesCsv);
    }
    return index;
  };
  return {
    get size() {
      return get().size;
    },
    byInsee: (code) => get().byInsee(code),
    byPostcode: (postcode) => get().byPostcode(postcode),
    byName: (name, hint) => get().byName(name, hint),
    search: (query, limit) => get().search(query, limit),
  };
}

/** Reads a shipped data file synchronously (workers only); an HTML answer is a missing file. */
export function readDataFileSync(url: string): string {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', url, false);
  xhr.send();
  const type = xhr.getResponseHeader('content-type') ?? '';
  if (xhr.status !== 200) throw new Error(`${url}: ${xhr.status}`);
  if (type.includes('text/html') || /^\s*<(!doctype|html)/i.test(xhr.responseText)) {
    throw new Error(`${url}: not found`);
  }
  return xhr.responseText;
}
