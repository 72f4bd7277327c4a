import type { CommuneIndex } from '../data/communes';
import type { KeyValueStore } from './layer-index';
import type { MainToWorker, WorkerToMain } from './layer-protocol';
import { createLayerService } from './layer-service';
import { createImportHandler } from './worker-handler';

/** What the worker needs from its scope (or a test). */
export interface RouterHost {
  post(message: WorkerToMain, transfer?: Transferable[]): void;
  now(): number;
  yieldToEvents(): Promise<void>;
  later(task: () => void): void;
  store(): KeyValueStore | null;
  /** The commune index when no request sent the commune files (see lazy-communes.ts). */
  communes?: () => CommuneIndex | null;
}

/**
 * Sends imports and cancels to the import handler and everything else to the
 * layer service. A finished import stays in the worker: the main thread gets a
 * digest without the sites, and decides whether to keep it as a layer.
 */
export function createWorkerRouter(host: RouterHost): (message: MainToWorker) => Promise<void> {
  const layers = createLayerService(host);
  const imports = createImportHandler({
    now: host.now,
    yieldToEvents: host.yieldToEvents,
    ...(host.communes ? { communes: host.communes } : {}),
    post(message) {
      if (message.type === 'result') {
        host.post({
          type: 'imported',
          jobId: message.jobId,
          outcome: layers.acceptResult(message.jobId, message.outcome),
        });
      } else host.post(message);
    },
  });
  return (message) =>
    message.type === 'import' || message.type === 'cancel'
      ? imports(message)
      : layers.handle(message);
}
