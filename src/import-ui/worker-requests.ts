import type { LayerResponse, MainToWorker, WorkerToMain } from '../import/layer-protocol';

/** The part of `Worker` used here (an in-process fake in tests). */
export interface WorkerPort {
  postMessage(message: MainToWorker, transfer?: Transferable[]): void;
}

type Answer = Extract<LayerResponse, { requestId: number }>;
type Question = Extract<MainToWorker, { requestId: number }>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Request/answer pairs over the worker's message stream: each question gets a
 * fresh requestId and its promise resolves with the message that echoes it.
 */
export function createRequester(port: WorkerPort) {
  let next = 0;
  const waiting = new Map<number, (answer: Answer) => void>();
  return {
    ask<A extends Answer['type']>(
      question: DistributiveOmit<Question, 'requestId'>,
      transfer: Transferable[] = [],
    ): Promise<Extract<Answer, { type: A }>> {
      next += 1;
      const requestId = next;
      return new Promise((resolve) => {
        waiting.set(requestId, (answer) => resolve(answer as Extract<Answer, { type: A }>));
        port.postMessage({ ...question, requestId } as Question, transfer);
      });
    },
    /** Returns true when the message answered a question. */
    receive(message: WorkerToMain): boolean {
      if (!('requestId' in message)) return false;
      const resolve = waiting.get(message.requestId);
      if (!resolve) return false;
      waiting.delete(message.requestId);
      resolve(message);
      return true;
    },
  };
}
