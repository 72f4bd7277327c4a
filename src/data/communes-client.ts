import { communeFile, type CommuneSet } from './commune-set';
import { fetchCommuneSet } from './communes-load';
import type { CommunesReply, CommunesRequest } from './communes-protocol';
import { DataLoadError } from './fetch-data';
import { trackPending } from './pending-files';

let worker: Worker | null | undefined;
const waiting = new Map<
  string,
  { resolve: (s: CommuneSet) => void; reject: (e: unknown) => void }
>();

function settle(m: CommunesReply) {
  const w = waiting.get(m.dep);
  if (!w) return;
  waiting.delete(m.dep);
  if (m.type === 'done') w.resolve(m.set);
  else if (m.type === 'failed') w.reject(new DataLoadError(m.file, m.failure));
  else w.reject(new Error(m.message));
}

/** One worker for every communes file, started with the first one: parsing stays off the page. */
function communesWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./communes.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<CommunesReply>) => settle(e.data);
    worker.onerror = (e) => {
      // A broken worker fails what it holds; later files are read on the page.
      worker?.terminate();
      worker = null;
      const message = e.message || 'communes worker failed';
      [...waiting.keys()].forEach((dep) => settle({ type: 'crashed', dep, message }));
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** One département's communes, parsed in a worker when the browser has module workers. */
export function loadCommuneSet(dep: string): Promise<CommuneSet> {
  const w = communesWorker();
  const work = w
    ? new Promise<CommuneSet>((resolve, reject) => {
        waiting.set(dep, { resolve, reject });
        const request: CommunesRequest = { dep, base: document.baseURI };
        w.postMessage(request);
      })
    : fetchCommuneSet(dep);
  // Listed as pending on the page, so that a slow file is named like the others.
  return trackPending(communeFile(dep), work);
}
